package io.paiban.floor.intraday;

import io.paiban.planning.roster.publication.PublishedDuty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published roster around a site-day, per agent: today's published days (shifts and days off), and the shifts of
 * yesterday (a night shift still running, the rest before today) and of tomorrow (the rest after today).
 */
record RosterAroundDay(Map<Long, PublishedDuty> yesterday, Map<Long, PublishedDuty> today, Map<Long, PublishedDuty> tomorrow) {

    /** @param duties the site's published agent-days of the day before, the day and the day after */
    static RosterAroundDay of(List<PublishedDuty> duties, LocalDate date) {
        Map<Long, PublishedDuty> yesterday = new LinkedHashMap<>();
        Map<Long, PublishedDuty> today = new LinkedHashMap<>();
        Map<Long, PublishedDuty> tomorrow = new LinkedHashMap<>();
        for (PublishedDuty d : duties) {
            if (d.workDate().equals(date)) {
                today.put(d.agentId(), d);
            } else if (d.working()) {
                (d.workDate().isBefore(date) ? yesterday : tomorrow).put(d.agentId(), d);
            }
        }
        return new RosterAroundDay(yesterday, today, tomorrow);
    }

    List<PublishedDuty> todaysShifts() {
        return today.values().stream().filter(PublishedDuty::working).toList();
    }

    boolean worksToday(long agentId) {
        PublishedDuty d = today.get(agentId);
        return d != null && d.working();
    }

    /** End of the agent's shift of yesterday, or null. */
    Instant previousEnd(long agentId) {
        PublishedDuty d = yesterday.get(agentId);
        return d == null ? null : d.endsAt();
    }

    /** Start of the agent's shift of tomorrow, or null. */
    Instant nextStart(long agentId) {
        PublishedDuty d = tomorrow.get(agentId);
        return d == null ? null : d.startsAt();
    }
}
