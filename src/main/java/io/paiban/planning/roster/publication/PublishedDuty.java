package io.paiban.planning.roster.publication;

import io.paiban.kernel.PlacedShift;
import io.paiban.kernel.PlacedShift.PlacedBreak;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The published duty of one agent-day: what the agent was told, from the publication that wins the day (where two
 * published rosters cover it, the later publication). A shift on a queue, with its times and breaks resolved in the
 * site's zone and its night work; or a day off (no template, no times).
 *
 * @param times the shift placed on its work date; null on a day off
 */
public record PublishedDuty(long rosterId, int publicationNo, Instant publishedAt, long siteId, ZoneId zone, long agentId,
                            LocalDate workDate, Long templateId, String templateCode, String templateName, Long queueId,
                            int paidMinutes, PlacedShift times) {

    public boolean working() {
        return templateId != null;
    }

    public ZonedDateTime start() {
        return times == null ? null : times.start();
    }

    public ZonedDateTime end() {
        return times == null ? null : times.end();
    }

    public Instant startsAt() {
        return times == null ? null : times.startsAt();
    }

    public Instant endsAt() {
        return times == null ? null : times.endsAt();
    }

    public List<PlacedBreak> breaks() {
        return times == null ? List.of() : times.breaks();
    }

    /** Minutes of night work ({@link io.paiban.kernel.NightWork}), breaks excluded. */
    public int nightMinutes() {
        return times == null ? 0 : times.nightMinutes();
    }

    public boolean night() {
        return times != null && times.isNight();
    }

    /** Whether the shift runs at the instant, breaks included: [start, end). */
    public boolean covers(Instant t) {
        return times != null && times.covers(t);
    }

    public boolean onBreakAt(Instant t) {
        return times != null && times.onBreakAt(t);
    }
}
