package io.paiban.planning.activity;

import io.paiban.kernel.ActivityKind;
import io.paiban.kernel.PlacedShift;
import io.paiban.kernel.ShiftKind;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.planning.activity.ActivityDtos.CoverageRow;
import io.paiban.planning.activity.ActivityDtos.PlanResult;
import io.paiban.planning.activity.placement.BreakPlacement;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.CoverageSlot;
import io.paiban.planning.roster.solver.Horizon;
import io.paiban.planning.roster.store.RosterProblem;
import io.paiban.planning.roster.store.RosterProblemBuilder;
import io.paiban.planning.roster.store.SiteRoster;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a roster's activities after the shift solve: the recurring group activities (meetings, briefings,
 * handovers) on the agent-days they concern, then every break and lunch placed in its window by
 * {@link BreakPlacement} around them. Rebuilds the roster's RULE and PLACED rows; MANUAL rows stay and count as fixed.
 * Coverage is measured in 15-minute slots against the staffing run's requirement of the roster.
 */
@ApplicationScoped
public class ActivityPlanningService {

    public static final int SLOT_MINUTES = 15;
    /** A rule's activity belongs to a shift when it overlaps the shift or its two hours before. */
    static final int BEFORE_SHIFT_MINUTES = 120;

    @Inject
    RosterProblemBuilder builder;

    @Inject
    AccessScope scope;

    /** One working agent-day as planned. */
    record Day(long agentId, LocalDate date, ShiftTemplate template, long queueId, PlacedShift times, Agent agent) {
    }

    @Transactional
    public PlanResult plan(long rosterId) {
        SiteRoster roster = roster(rosterId);
        RosterProblem problem = builder.build(roster);
        Horizon horizon = problem.horizon();
        List<Day> days = days(problem);
        ShiftActivity.delete("rosterId = ?1 and source in ?2", rosterId, List.of(ActivitySource.RULE, ActivitySource.PLACED));

        List<ActivityRule> rules = ActivityRule.<ActivityRule>list("active = true and (siteId is null or siteId = ?1)", Sort.by("id"),
                roster.siteId);
        Map<String, List<ShiftActivity>> byDay = new HashMap<>();
        for (ShiftActivity a : manual(roster.siteId, horizon)) {
            byDay.computeIfAbsent(a.agentId + "/" + a.workDate, k -> new ArrayList<>()).add(a);
        }
        Map<ActivityKind, Integer> counts = new EnumMap<>(ActivityKind.class);
        for (Day d : days) {
            for (ActivityRule rule : rules) {
                ShiftActivity a = fromRule(rule, d, roster);
                if (a != null) {
                    a.persist();
                    counts.merge(a.kind, 1, Integer::sum);
                    byDay.computeIfAbsent(d.agentId() + "/" + d.date(), k -> new ArrayList<>()).add(a);
                }
            }
        }

        Map<Long, List<BreakWindow>> windows = new HashMap<>();
        List<BreakPlacement.Shift> shifts = new ArrayList<>();
        List<List<BreakWindow>> shiftWindows = new ArrayList<>();
        List<Day> shiftDays = new ArrayList<>();
        Map<Long, Integer> queueIndex = new HashMap<>();
        problem.queues().keySet().forEach(q -> queueIndex.put(q, queueIndex.size()));
        for (Day d : days) {
            List<BreakWindow> ws = windows.computeIfAbsent(d.template().id,
                    t -> BreakWindow.<BreakWindow>list("templateId", Sort.by("earliestStart").and("id"), t));
            int start = slot(horizon, d.times().start());
            int end = slot(horizon, d.times().end());
            List<BreakPlacement.Block> off = new ArrayList<>();
            for (ShiftActivity a : byDay.getOrDefault(d.agentId() + "/" + d.date(), List.of())) {
                int from = Math.max(start, slot(horizon, a.startsAt.atZone(horizon.zone())));
                int to = Math.min(end, slotCeil(horizon, a.endsAt.atZone(horizon.zone())));
                if (to > from) {
                    off.add(new BreakPlacement.Block(from, to));
                }
            }
            List<BreakPlacement.Break> breaks = new ArrayList<>();
            if (ws.isEmpty()) {
                for (PlacedShift.PlacedBreak b : d.times().breaks()) { // template breaks stay fixed
                    off.add(new BreakPlacement.Block(slot(horizon, b.start()), slotCeil(horizon, b.end())));
                }
            } else {
                for (BreakWindow w : ws) {
                    breaks.add(new BreakPlacement.Break(Math.max(1, (w.durationMinutes + SLOT_MINUTES - 1) / SLOT_MINUTES),
                            slotAt(horizon, d, w.earliestStart), slotAt(horizon, d, w.latestStart), slotAt(horizon, d, w.fixedStart)));
                }
            }
            shifts.add(new BreakPlacement.Shift(queueIndex.get(d.queueId()), start, end, off, breaks));
            shiftWindows.add(ws);
            shiftDays.add(d);
        }
        BreakPlacement.Result result = BreakPlacement.place(required(problem, horizon, queueIndex), shifts);
        for (int k = 0; k < shifts.size(); k++) {
            Day d = shiftDays.get(k);
            int[] starts = result.starts().get(k);
            for (int i = 0; i < starts.length; i++) {
                BreakWindow w = shiftWindows.get(k).get(i);
                ZonedDateTime from = horizon.start().plusMinutes((long) starts[i] * SLOT_MINUTES);
                ShiftActivity a = activity(roster, d, w.kind, ActivitySource.PLACED, w.kind == ActivityKind.LUNCH ? "Lunch" : "Break",
                        from, from.plusMinutes(w.durationMinutes), w.paid);
                a.persist();
                counts.merge(a.kind, 1, Integer::sum);
            }
        }
        return new PlanResult(rosterId, SLOT_MINUTES, counts, result.fixed().covered(), result.fixed().shortfall(),
                result.placed().covered(), result.placed().shortfall(), result.moves());
    }

    /**
     * Coverage of the roster per queue and 15-minute slot of a date with the activities as stored: required (the
     * staffing run), on shift (rostered there), on the queue (on shift and not in a break or activity).
     */
    @Transactional
    public List<CoverageRow> coverage(long rosterId, LocalDate date, Long queueId) {
        SiteRoster roster = roster(rosterId);
        RosterProblem problem = builder.build(roster);
        Horizon horizon = problem.horizon();
        if (date.isBefore(horizon.startDate()) || date.isAfter(horizon.date(horizon.days() - 1))) {
            throw ApiException.invalidField("date", date + " is not a day of the roster");
        }
        Map<Long, Integer> queueIndex = new HashMap<>();
        List<Long> queueIds = new ArrayList<>(problem.queues().keySet());
        queueIds.forEach(q -> queueIndex.put(q, queueIndex.size()));
        int[][] need = required(problem, horizon, queueIndex);
        int slots = need.length == 0 ? 0 : need[0].length;
        int[][] onShift = new int[queueIds.size()][slots];
        int[][] onQueue = new int[queueIds.size()][slots];
        Map<String, List<ShiftActivity>> acts = new HashMap<>();
        for (ShiftActivity a : ShiftActivity.<ShiftActivity>list("siteId = ?1 and workDate >= ?2 and workDate <= ?3 and (rosterId is null or rosterId = ?4)",
                roster.siteId, horizon.startDate(), horizon.date(horizon.days() - 1), rosterId)) {
            acts.computeIfAbsent(a.agentId + "/" + a.workDate, k -> new ArrayList<>()).add(a);
        }
        for (Day d : days(problem)) {
            int q = queueIndex.get(d.queueId());
            List<ShiftActivity> mine = acts.getOrDefault(d.agentId() + "/" + d.date(), List.of()).stream()
                    .filter(a -> a.templateId == null || a.templateId.equals(d.template().id)).toList();
            boolean placedBreaks = mine.stream().anyMatch(a -> a.kind.isBreak() && a.source == ActivitySource.PLACED);
            for (int t = Math.max(0, slot(horizon, d.times().start())); t < Math.min(slots, slot(horizon, d.times().end())); t++) {
                ZonedDateTime at = horizon.start().plusMinutes((long) t * SLOT_MINUTES);
                onShift[q][t]++;
                boolean off = mine.stream().anyMatch(a -> a.startsAt.isBefore(at.plusMinutes(SLOT_MINUTES).toInstant()) && a.endsAt.isAfter(at.toInstant()));
                if (!placedBreaks) {
                    off |= d.times().breaks().stream().anyMatch(b -> b.start().isBefore(at.plusMinutes(SLOT_MINUTES)) && b.end().isAfter(at));
                }
                if (!off) {
                    onQueue[q][t]++;
                }
            }
        }
        List<CoverageRow> rows = new ArrayList<>();
        for (int q = 0; q < queueIds.size(); q++) {
            if (queueId != null && !queueId.equals(queueIds.get(q))) {
                continue;
            }
            for (int t = 0; t < slots; t++) {
                ZonedDateTime at = horizon.start().plusMinutes((long) t * SLOT_MINUTES);
                if (at.toLocalDate().equals(date)) {
                    rows.add(new CoverageRow(queueIds.get(q), at.toInstant(), at.toLocalDateTime(), need[q][t], onShift[q][t], onQueue[q][t],
                            Math.max(0, need[q][t] - onQueue[q][t])));
                }
            }
        }
        return rows;
    }

    private SiteRoster roster(long rosterId) {
        SiteRoster roster = SiteRoster.findById(rosterId);
        if (roster == null) {
            throw ApiException.notFound("Roster", rosterId);
        }
        scope.requireSite(roster.siteId);
        return roster;
    }

    private static List<Day> days(RosterProblem problem) {
        List<Day> days = new ArrayList<>();
        for (AgentDay day : problem.solution().getAgentDays()) {
            if (day.getDuty() == null) {
                continue;
            }
            RosterProblem.DutyRef ref = problem.ref(day.getDuty());
            ShiftTemplate t = problem.templates().get(ref.templateId());
            long agentId = RosterProblem.agentId(day.getAgent());
            days.add(new Day(agentId, day.getDate(), t, ref.queueId(), t.placeOn(day.getDate(), problem.zone()), problem.agents().get(agentId)));
        }
        return days;
    }

    /** Required agents per queue and 15-minute slot: the 30-minute roster requirement on both halves. */
    private static int[][] required(RosterProblem problem, Horizon horizon, Map<Long, Integer> queueIndex) {
        int slots = horizon.totalMinutes() / SLOT_MINUTES + 2 * 24 * 60 / SLOT_MINUTES;
        int[][] need = new int[queueIndex.size()][slots];
        int per = horizon.intervalMinutes() / SLOT_MINUTES;
        for (CoverageSlot s : problem.catalog().slots()) {
            Integer q = queueIndex.get(RosterProblem.queueId(s.getQueue()));
            if (q == null) {
                continue;
            }
            for (int k = 0; k < per; k++) {
                need[q][s.getInterval() * per + k] = s.getRequired();
            }
        }
        return need;
    }

    private ShiftActivity fromRule(ActivityRule rule, Day d, SiteRoster roster) {
        if (rule.dayOfWeek != null && rule.dayOfWeek != d.date().getDayOfWeek()) {
            return null;
        }
        boolean audience = switch (rule.audience) {
            case ALL -> true;
            case DAY_SHIFT -> d.template().kind == ShiftKind.DAY;
            case NIGHT_SHIFT -> d.template().kind == ShiftKind.NIGHT;
            case TEAM -> rule.teamName != null && d.agent() != null && rule.teamName.equals(d.agent().teamName);
            case QUEUE -> rule.queueId != null && rule.queueId == d.queueId();
        };
        if (!audience) {
            return null;
        }
        ZonedDateTime from = d.date().atTime(rule.startTime).atZone(d.times().start().getZone());
        if (from.plusMinutes(rule.durationMinutes).isBefore(d.times().start().minusMinutes(BEFORE_SHIFT_MINUTES))) {
            from = d.date().plusDays(1).atTime(rule.startTime).atZone(from.getZone()); // a time after midnight of a night shift
        }
        ZonedDateTime to = from.plusMinutes(rule.durationMinutes);
        if (!to.isAfter(d.times().start().minusMinutes(BEFORE_SHIFT_MINUTES)) || !from.isBefore(d.times().end())) {
            return null;
        }
        ShiftActivity a = activity(roster, d, rule.kind, ActivitySource.RULE, rule.name, from, to, rule.paid);
        a.ruleId = rule.id;
        return a;
    }

    private static ShiftActivity activity(SiteRoster roster, Day d, ActivityKind kind, ActivitySource source, String title,
                                          ZonedDateTime from, ZonedDateTime to, boolean paid) {
        ShiftActivity a = new ShiftActivity();
        a.rosterId = roster.id;
        a.siteId = roster.siteId;
        a.agentId = d.agentId();
        a.workDate = d.date();
        a.templateId = d.template().id;
        a.kind = kind;
        a.source = source;
        a.title = title;
        a.startsAt = from.toInstant();
        a.endsAt = to.toInstant();
        a.paid = paid;
        return a;
    }

    private static List<ShiftActivity> manual(long siteId, Horizon horizon) {
        return ShiftActivity.list("siteId = ?1 and source = ?2 and workDate >= ?3 and workDate <= ?4", siteId, ActivitySource.MANUAL,
                horizon.startDate(), horizon.date(horizon.days() - 1));
    }

    /** The 15-minute slot holding the instant (from the horizon start). */
    static int slot(Horizon horizon, ZonedDateTime t) {
        return Math.floorDiv(horizon.minuteOf(t), SLOT_MINUTES);
    }

    static int slotCeil(Horizon horizon, ZonedDateTime t) {
        return Math.floorDiv(horizon.minuteOf(t) + SLOT_MINUTES - 1, SLOT_MINUTES);
    }

    /** A window's local time on the shift: on the work date, or the next day when before the template's start. */
    private static int slotAt(Horizon horizon, Day d, LocalTime time) {
        LocalDate date = time.isBefore(d.template().startTime) ? d.date().plusDays(1) : d.date();
        return slot(horizon, date.atTime(time).atZone(horizon.zone()));
    }

    static int minutes(ZonedDateTime a, ZonedDateTime b) {
        return (int) Duration.between(a, b).toMinutes();
    }
}
