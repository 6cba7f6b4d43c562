package io.paiban.floor.intraday;

import io.paiban.floor.attendance.AttendanceEvent;
import io.paiban.floor.attendance.rules.EventKind;
import io.paiban.floor.intraday.IntradayDtos.AdherenceReport;
import io.paiban.floor.intraday.IntradayDtos.AdherenceView;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.planning.roster.publication.PublishedDuties;
import io.paiban.planning.roster.publication.PublishedDuty;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real-time adherence: the published schedule says WORK, BREAK or OFF at an instant; the attendance events say
 * ON, AWAY or OFF. An agent is listed when the two contradict for longer than the tolerance: scheduled to work
 * but not clocked in, clocked out early or away from the seat, or clocked in while the schedule says off
 * (after the shift, or on a day off). Working through a scheduled break is not listed.
 */
@ApplicationScoped
public class AdherenceService {

    @Inject
    AccessScope scope;

    @Inject
    PublishedDuties published;

    @Inject
    IntradayConfig config;

    public AdherenceReport adherence(long siteId, Instant at) {
        Site site = Site.findById(siteId);
        if (site == null || !scope.canSeeSite(siteId)) {
            throw ApiException.notFound("Site", siteId);
        }
        Instant now = at == null ? Instant.now() : at;
        ZoneId zone = site.zone();
        LocalDate date = LocalDate.ofInstant(now, zone);
        Map<Long, PublishedDuty> current = new LinkedHashMap<>();
        // yesterday's shift first: today's shift of the same agent replaces it once yesterday's is over
        for (PublishedDuty s : published.shiftsOfSite(siteId, date.minusDays(1), date)) {
            PublishedDuty before = current.get(s.agentId());
            if (before == null || s.workDate().isAfter(before.workDate()) && !before.covers(now)) {
                current.put(s.agentId(), s);
            }
        }
        Instant windowStart = now.minus(Duration.ofHours(18));
        Map<Long, List<AttendanceEvent>> events = AttendanceEvent.<AttendanceEvent>list(
                        "agentId in (select a.id from Agent a where a.site.id = ?1) and occurredAt >= ?2 and occurredAt <= ?3",
                        Sort.by("occurredAt").and("id"), siteId, windowStart, now).stream()
                .collect(Collectors.groupingBy(e -> e.agentId));
        int tolerance = config.adherenceToleranceMinutes();
        List<AdherenceView> out = new ArrayList<>();
        int scheduledNow = 0;
        java.util.Set<Long> agents = new java.util.LinkedHashSet<>(current.keySet());
        agents.addAll(events.keySet());
        for (long agentId : agents) {
            PublishedDuty s = current.get(agentId);
            List<AttendanceEvent> mine = events.getOrDefault(agentId, List.of());
            AttendanceEvent last = mine.isEmpty() ? null : mine.get(mine.size() - 1);
            EventKind.State actual = EventKind.stateAfter(last == null ? null : last.kind);
            String scheduled = s == null || !s.covers(now) ? "OFF" : s.onBreakAt(now) ? "BREAK" : "WORK";
            if (scheduled.equals("WORK")) {
                scheduledNow++;
            }
            String issue = null;
            Instant since = null;
            if (scheduled.equals("WORK") && actual == EventKind.State.OFF) {
                boolean clockedIn = mine.stream().anyMatch(e -> e.kind == EventKind.CLOCK_IN && !e.occurredAt.isBefore(s.startsAt().minus(Duration.ofHours(3))));
                issue = clockedIn ? "CLOCKED_OUT_EARLY" : "NOT_CLOCKED_IN";
                since = later(s.startsAt(), clockedIn ? last.occurredAt : null);
                since = laterBreakEnd(s, since, now);
            } else if (scheduled.equals("WORK") && actual == EventKind.State.AWAY) {
                issue = "AWAY_DURING_WORK";
                since = laterBreakEnd(s, later(s.startsAt(), last.occurredAt), now);
            } else if (scheduled.equals("OFF") && actual == EventKind.State.ON) {
                issue = "WORKING_OUTSIDE_SHIFT";
                Instant clockIn = mine.stream().filter(e -> e.kind == EventKind.CLOCK_IN).map(e -> e.occurredAt).reduce((x, y) -> y).orElse(windowStart);
                since = s != null && !now.isBefore(s.endsAt()) ? later(s.endsAt(), clockIn) : clockIn;
            }
            if (issue == null) {
                continue;
            }
            long minutes = Duration.between(since, now).toMinutes();
            if (minutes > tolerance) {
                Agent agent = Agent.findById(agentId);
                out.add(new AdherenceView(agentId, agent.employeeNo, agent.fullName, s == null ? null : s.queueId(),
                        s == null ? null : s.templateCode(), s == null ? null : s.startsAt(), s == null ? null : s.endsAt(),
                        scheduled, actual.name(), issue, since, minutes));
            }
        }
        out.sort(Comparator.comparingLong(AdherenceView::minutes).reversed().thenComparing(AdherenceView::employeeNo));
        return new AdherenceReport(siteId, now, tolerance, scheduledNow, out);
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    /** A contradiction that began during a break only counts from the break's end. */
    private static Instant laterBreakEnd(PublishedDuty shift, Instant since, Instant now) {
        for (var b : shift.breaks()) {
            if (!since.isBefore(b.startsAt()) && since.isBefore(b.endsAt()) && !b.endsAt().isAfter(now)) {
                return b.endsAt();
            }
        }
        return since;
    }
}
