package io.paiban.planning.roster.publication;

import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.site.Site;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.RosterStore.PublishedRow;
import io.paiban.planning.roster.store.SiteRoster;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one reader of the published roster: what agents were told, for attendance, intraday, service-level actuals,
 * self-service and anything else outside the roster's store. Per agent-day the publication that wins the day (where
 * two published rosters cover it, the later publication; a published day off hides an earlier shift), resolved into
 * a {@link PublishedDuty} with its times, breaks and night work in the site's zone. Each call is one query on the
 * roster tables, whatever the number of agents, plus one for the templates and sites it meets.
 */
@ApplicationScoped
public class PublishedDuties {

    @Inject
    RosterStore store;

    @Inject
    jakarta.enterprise.inject.Instance<DutyActivities> activities;

    /** Every published day of the agent in [from, to] (shifts and days off), by date. */
    public List<PublishedDuty> forAgent(long agentId, LocalDate from, LocalDate to) {
        return resolve(store.latestPublished(null, agentId, null, from, to));
    }

    /** The agent's published duty on the date, if a published roster says anything about it. */
    public Optional<PublishedDuty> ofAgentOn(long agentId, LocalDate date) {
        return forAgent(agentId, date, date).stream().findFirst();
    }

    /** Every published agent-day of the site in [from, to] (shifts and days off), by agent and date. */
    public List<PublishedDuty> forSite(long siteId, LocalDate from, LocalDate to) {
        return resolve(store.latestPublished(siteId, null, null, from, to));
    }

    /** The published shifts of the site in [from, to], days off left out, by agent and date. */
    public List<PublishedDuty> shiftsOfSite(long siteId, LocalDate from, LocalDate to) {
        return forSite(siteId, from, to).stream().filter(PublishedDuty::working).toList();
    }

    /** The site's published agent-days of one date (shifts and days off) by agent. */
    public Map<Long, PublishedDuty> onDate(long siteId, LocalDate date) {
        return byAgent(forSite(siteId, date, date));
    }

    /** The published shifts on the queues in [from, to], of whatever site; an agent-day counts on the queue that won it. */
    public List<PublishedDuty> shiftsOnQueues(Collection<Long> queueIds, LocalDate from, LocalDate to) {
        return resolve(store.latestPublished(null, null, queueIds, from, to));
    }

    /**
     * Published paid minutes per agent in the roster week holding the date: 7 days counted from the first date of the
     * site's latest published roster covering the date (Monday-based when none does).
     */
    public Map<Long, Integer> weekPaidMinutes(long siteId, LocalDate date) {
        LocalDate weekStart = rosterWeekStart(siteId, date);
        Map<Long, Integer> minutes = new HashMap<>();
        for (PublishedDuty d : shiftsOfSite(siteId, weekStart, weekStart.plusDays(6))) {
            minutes.merge(d.agentId(), d.paidMinutes(), Integer::sum);
        }
        return minutes;
    }

    /** First day of the roster week holding the date: weeks run from the first date of the latest published roster covering it. */
    public LocalDate rosterWeekStart(long siteId, LocalDate date) {
        return SiteRoster.<SiteRoster>list("siteId = ?1 and publicationNo > 0 and firstDate <= ?2",
                        Sort.descending("publishedAt").and("id", Sort.Direction.Descending), siteId, date).stream()
                .filter(r -> r.covers(date)).findFirst()
                .map(r -> r.firstDate.plusDays(ChronoUnit.DAYS.between(r.firstDate, date) / 7 * 7))
                .orElse(date.with(java.time.DayOfWeek.MONDAY));
    }

    public static Map<Long, PublishedDuty> byAgent(List<PublishedDuty> duties) {
        Map<Long, PublishedDuty> out = new LinkedHashMap<>();
        duties.forEach(d -> out.put(d.agentId(), d));
        return out;
    }

    private List<PublishedDuty> resolve(List<PublishedRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ShiftTemplate> templates = templates(rows.stream().map(PublishedRow::templateId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, ZoneId> zones = new HashMap<>();
        Map<String, List<DutyActivities.Activity>> acts = activities(rows);
        return rows.stream().map(row -> withActivities(duty(row, zones.computeIfAbsent(row.siteId(), PublishedDuties::zoneOf),
                        row.templateId() == null ? null : templates.get(row.templateId())),
                acts.getOrDefault(row.agentId() + "/" + row.date(), List.of()))).toList();
    }

    private Map<String, List<DutyActivities.Activity>> activities(List<PublishedRow> rows) {
        if (activities.isUnsatisfied()) {
            return Map.of();
        }
        Set<Long> agents = rows.stream().filter(r -> r.templateId() != null).map(PublishedRow::agentId).collect(Collectors.toSet());
        if (agents.isEmpty()) {
            return Map.of();
        }
        LocalDate from = rows.stream().map(PublishedRow::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = rows.stream().map(PublishedRow::date).max(LocalDate::compareTo).orElseThrow();
        return activities.get().of(agents, from, to).stream().collect(Collectors.groupingBy(a -> a.agentId() + "/" + a.workDate()));
    }

    /**
     * The duty with its activities: those planned for this roster and template, or booked for the day. Placed breaks
     * replace the template's fixed breaks; every activity is a block off the queues; an activity before the start (the
     * Monday 08:00 meeting of the 08:30 shift) or after the end moves the shift's start or end, and a paid one adds to
     * the paid minutes.
     */
    static PublishedDuty withActivities(PublishedDuty duty, List<DutyActivities.Activity> all) {
        if (!duty.working() || all.isEmpty()) {
            return duty;
        }
        List<DutyActivities.Activity> mine = all.stream()
                .filter(a -> (a.rosterId() == null || a.rosterId() == duty.rosterId())
                        && (a.templateId() == null || a.templateId().equals(duty.templateId())))
                .sorted(java.util.Comparator.comparing(DutyActivities.Activity::startsAt)).toList();
        if (mine.isEmpty()) {
            return duty;
        }
        io.paiban.kernel.PlacedShift t = duty.times();
        ZoneId zone = duty.zone();
        boolean placed = mine.stream().anyMatch(DutyActivities.Activity::placedBreak);
        List<io.paiban.kernel.PlacedShift.PlacedBreak> blocks = new java.util.ArrayList<>(placed ? List.of() : t.breaks());
        java.time.ZonedDateTime start = t.start();
        java.time.ZonedDateTime end = t.end();
        int extraPaid = 0;
        for (DutyActivities.Activity a : mine) {
            java.time.ZonedDateTime from = a.startsAt().atZone(zone);
            java.time.ZonedDateTime to = a.endsAt().atZone(zone);
            blocks.add(new io.paiban.kernel.PlacedShift.PlacedBreak(from, to, a.paid(), a.kind()));
            if (from.isBefore(start)) {
                extraPaid += a.paid() ? (int) java.time.Duration.between(from, start).toMinutes() : 0;
                start = from;
            }
            if (to.isAfter(end)) {
                extraPaid += a.paid() ? (int) java.time.Duration.between(end, to).toMinutes() : 0;
                end = to;
            }
        }
        blocks.sort(java.util.Comparator.comparing(io.paiban.kernel.PlacedShift.PlacedBreak::start));
        if (placed) {
            // unpaid template breaks replaced by placed ones: the paid time is the span less the unpaid blocks
            int unpaidBefore = t.breaks().stream().filter(b -> !b.paid())
                    .mapToInt(b -> (int) java.time.Duration.between(b.start(), b.end()).toMinutes()).sum();
            int unpaidNow = mine.stream().filter(a -> a.placedBreak() && !a.paid())
                    .mapToInt(a -> (int) java.time.Duration.between(a.startsAt(), a.endsAt()).toMinutes()).sum();
            extraPaid += unpaidBefore - unpaidNow;
        }
        return new PublishedDuty(duty.rosterId(), duty.publicationNo(), duty.publishedAt(), duty.siteId(), zone, duty.agentId(),
                duty.workDate(), duty.templateId(), duty.templateCode(), duty.templateName(), duty.queueId(),
                duty.paidMinutes() + extraPaid, new io.paiban.kernel.PlacedShift(t.workDate(), start, end, blocks));
    }

    private static PublishedDuty duty(PublishedRow row, ZoneId zone, ShiftTemplate t) {
        if (t == null) {
            return new PublishedDuty(row.rosterId(), row.publicationNo(), row.publishedAt(), row.siteId(), zone, row.agentId(), row.date(),
                    null, null, null, null, 0, null);
        }
        return new PublishedDuty(row.rosterId(), row.publicationNo(), row.publishedAt(), row.siteId(), zone, row.agentId(), row.date(),
                t.id, t.code, t.name, row.queueId(), t.paidMinutes, t.placeOn(row.date(), zone));
    }

    private static Map<Long, ShiftTemplate> templates(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ShiftTemplate.<ShiftTemplate>list("id in ?1", ids).stream().collect(Collectors.toMap(t -> t.id, t -> t));
    }

    private static ZoneId zoneOf(long siteId) {
        return Site.<Site>findById(siteId).zone();
    }
}
