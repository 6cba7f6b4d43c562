package io.paiban.planning.roster.publication;

import io.paiban.planning.roster.store.AssignmentViews;
import io.paiban.planning.roster.store.ChangeReason;
import io.paiban.planning.roster.store.RosterChange;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.SiteRoster;

import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.store.RosterViews.BreakView;
import io.paiban.planning.roster.store.RosterViews.DutyView;
import io.paiban.masterdata.shift.ShiftBreak;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an agent was told: the published duty of each day, whatever the supervisor is drafting
 * since. Where two published rosters cover a day, the later publication wins.
 */
@ApplicationScoped
public class PublishedShiftService {

    @Inject
    RosterStore store;

    @Schema(name = "PublishedShift", description = "One published agent-day. Local times are in the site zone (zone); a shift "
            + "belongs to the day it starts and may end the next day. changes lists every logged change of this day.")
    public record PublishedShift(long rosterId, int publicationNo, Instant publishedAt, LocalDate date, boolean working,
                                 String shiftTemplateCode, String shiftName, Long queueId, String queueCode, String queueName,
                                 String zone, LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt,
                                 Integer paidMinutes, List<BreakView> breaks, List<DayChange> changes) {
    }

    @Schema(name = "ShiftChange", description = "A logged change of a published day: before and after (null code = day off)")
    public record DayChange(ChangeReason reason, DutyView before, DutyView after, String note, Instant changedAt) {
    }

    public List<PublishedShift> forAgent(long agentId, LocalDate from, LocalDate to) {
        Agent agent = Agent.findById(agentId);
        ZoneId zone = agent.site.zone();
        List<SiteRoster> rosters = SiteRoster.list("siteId = ?1 and publicationNo > 0 and firstDate <= ?2",
                Sort.by("publishedAt"), agent.site.id, to);
        Map<LocalDate, PublishedShift> byDate = new TreeMap<>();
        AssignmentViews.Lookup lookup = new AssignmentViews.Lookup();
        for (SiteRoster roster : rosters) {
            if (roster.lastDate().isBefore(from)) {
                continue;
            }
            List<RosterChange> changes = RosterChange.list("rosterId = ?1 and agentId = ?2", Sort.by("changedAt").and("id"),
                    roster.id, agentId);
            for (RosterStore.Row row : store.load(roster.id, agentId, from, to)) {
                if (row.hasPublished()) {
                    byDate.put(row.date(), shift(roster, row, zone, lookup, changes));
                }
            }
        }
        return new ArrayList<>(byDate.values());
    }

    private static PublishedShift shift(SiteRoster roster, RosterStore.Row row, ZoneId zone, AssignmentViews.Lookup lookup,
                                        List<RosterChange> changes) {
        List<DayChange> dayChanges = changes.stream().filter(c -> c.workDate.equals(row.date()))
                .sorted(Comparator.comparing((RosterChange c) -> c.changedAt))
                .map(c -> new DayChange(c.reason, duty(lookup, c.beforeTemplateId, c.beforeQueueId),
                        duty(lookup, c.afterTemplateId, c.afterQueueId), c.note, c.changedAt))
                .toList();
        ShiftTemplate t = lookup.template(row.publishedTemplateId());
        if (t == null) {
            return new PublishedShift(roster.id, roster.publicationNo, roster.publishedAt, row.date(), false, null, null, null, null,
                    null, zone.getId(), null, null, null, null, null, List.of(), dayChanges);
        }
        ServiceQueue q = lookup.queue(row.publishedQueueId());
        ZonedDateTime start = row.date().atTime(t.startTime).atZone(zone);
        ZonedDateTime end = (t.crossesMidnight() ? row.date().plusDays(1) : row.date()).atTime(t.endTime).atZone(zone);
        List<BreakView> breaks = new ArrayList<>();
        for (ShiftBreak b : t.breaks) {
            ZonedDateTime bs = start.plusMinutes(b.offsetMinutes);
            breaks.add(new BreakView(bs.toLocalDateTime(), bs.plusMinutes(b.durationMinutes).toLocalDateTime(), b.paid));
        }
        return new PublishedShift(roster.id, roster.publicationNo, roster.publishedAt, row.date(), true, t.code, t.name,
                row.publishedQueueId(), q == null ? null : q.code, q == null ? null : q.name, zone.getId(),
                start.toLocalDateTime(), end.toLocalDateTime(), start.toInstant(), end.toInstant(), t.paidMinutes, breaks, dayChanges);
    }

    private static DutyView duty(AssignmentViews.Lookup lookup, Long templateId, Long queueId) {
        return templateId == null ? new DutyView(null, null, null) : lookup.duty(templateId, queueId);
    }
}
