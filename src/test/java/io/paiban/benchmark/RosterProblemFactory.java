package io.paiban.benchmark;

import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.AgentHistory;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.planning.roster.solver.DutyCatalog;
import io.paiban.planning.roster.solver.Horizon;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.planning.roster.solver.RosterConstraintConfiguration;
import io.paiban.planning.roster.solver.RosterQueue;
import io.paiban.planning.roster.solver.ShiftTemplateSpec;

import io.paiban.demo.DemoCenter;
import io.paiban.demo.DemoCenter.AgentSpec;
import io.paiban.demo.DemoCenter.QueueSpec;
import io.paiban.kernel.AgentStatus;
import io.paiban.kernel.EmploymentType;
import io.paiban.demo.DemoPeakWindows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a solvable roster problem from a generated demo center: its queues and ACTIVE agents, the
 * default shift templates, a requirement per queue and interval from the history (see
 * {@link HistoryRequirement}) and, since the demo has no past rosters, a deterministic synthetic history
 * and flex-pool offer. The horizon starts on the demo's history end (a Monday) in the site zone.
 */
public final class RosterProblemFactory {

    /**
     * @param weeks       horizon length, 1 to 4
     * @param weeksBack   weeks of history averaged for the requirement
     * @param shrinkage   share of paid time not on the queue
     * @param volumeFactor scales the historical volume, as a forecast what-if (0.6 a quiet week, 3.5 Double 11)
     * @param withHistory whether agents arrive with worked days and a last shift (exercises the boundary rules)
     */
    public record Options(int weeks, int weeksBack, double shrinkage, double volumeFactor, boolean withHistory) {

        public static Options defaults() {
            return new Options(1, 4, 0.30, 1.0, true);
        }

        public Options withVolumeFactor(double factor) {
            return new Options(weeks, weeksBack, shrinkage, factor, withHistory);
        }

        public Options withWeeks(int value) {
            return new Options(value, weeksBack, shrinkage, volumeFactor, withHistory);
        }
    }

    private RosterProblemFactory() {
    }

    public static Roster create(DemoCenter center, Options options) {
        return create(center, options, HistoryRequirement.VolumeAdjustment.NONE);
    }

    /** As {@link #create(DemoCenter, Options)}, with the history mean of each queue-interval scaled by {@code adjustment}. */
    public static Roster create(DemoCenter center, Options options, HistoryRequirement.VolumeAdjustment adjustment) {
        ZoneId zone = ZoneId.of(center.site().timeZone());
        Horizon horizon = Horizon.ofWeeks(center.spec().historyEnd(), options.weeks(), zone);
        List<RosterQueue> queues = new ArrayList<>();
        Map<RosterQueue, int[]> required = new HashMap<>();
        HistoryRequirement requirement = new HistoryRequirement(horizon, center.history(), options.weeksBack(), options.shrinkage(),
                options.volumeFactor(), adjustment);
        for (QueueSpec spec : center.queues()) {
            RosterQueue queue = new RosterQueue(spec.code(), spec.channel(), openIntervals(spec, horizon));
            queues.add(queue);
            required.put(queue, requirement.required(spec));
        }
        DutyCatalog catalog = new DutyCatalog(horizon, templates(center, horizon), queues, required);

        List<RosterAgent> agents = new ArrayList<>();
        List<AgentDay> agentDays = new ArrayList<>();
        int index = 0;
        for (AgentSpec spec : center.agents()) {
            // trainees and leavers are never rostered: they get no agent-days at all
            if (spec.status() != AgentStatus.ACTIVE) {
                continue;
            }
            RosterAgent agent = agent(spec, index++, horizon, options.withHistory());
            agents.add(agent);
            for (int day = 0; day < horizon.days(); day++) {
                agentDays.add(agentDay(catalog, agent, day));
            }
        }
        return new Roster(horizon, agents, queues, catalog.slots(), List.of(), List.of(), agentDays,
                new RosterConstraintConfiguration());
    }

    /** DAY and NIGHT every day; the peak templates only inside the demo's peak windows (around 618 and Double 11). */
    static List<ShiftTemplateSpec> templates(DemoCenter center, Horizon horizon) {
        List<DemoPeakWindows.Window> windows = DemoPeakWindows.of(center.events());
        Set<LocalDate> peakDates = new HashSet<>();
        for (int d = 0; d < horizon.days(); d++) {
            LocalDate date = horizon.date(d);
            if (windows.stream().anyMatch(w -> w.contains(date))) {
                peakDates.add(date);
            }
        }
        return ShiftTemplateSpec.defaults().stream().map(t -> t.isPeak() ? t.offeredOn(peakDates) : t).toList();
    }

    /** The demo's queues open every day from opensAt to closesAt (past midnight when closesAt is earlier). */
    static boolean[] openIntervals(QueueSpec spec, Horizon horizon) {
        boolean[] open = new boolean[horizon.intervalCount()];
        for (int i = 0; i < open.length; i++) {
            java.time.LocalTime t = horizon.start().plusMinutes((long) i * horizon.intervalMinutes()).toLocalTime();
            boolean crosses = !spec.closesAt().isAfter(spec.opensAt());
            open[i] = crosses ? !t.isBefore(spec.opensAt()) || t.isBefore(spec.closesAt())
                    : !t.isBefore(spec.opensAt()) && t.isBefore(spec.closesAt());
        }
        return open;
    }

    /** A day the agent cannot work at all (flex day not offered, no certified queue) is a pinned day off. */
    public static AgentDay agentDay(DutyCatalog catalog, RosterAgent agent, int dayIndex) {
        Horizon horizon = catalog.horizon();
        LocalDate date = horizon.date(dayIndex);
        List<Duty> options = agent.isAvailableOn(date) ? catalog.dutiesFor(agent, dayIndex) : List.of();
        AgentDay day = new AgentDay(agent, dayIndex, date, horizon.weekIndex(dayIndex), options);
        day.setPinned(options.isEmpty());
        return day;
    }

    static RosterAgent agent(AgentSpec spec, int index, Horizon horizon, boolean withHistory) {
        RosterAgent.Builder builder = RosterAgent.builder(spec.employeeNo())
                .status(spec.status())
                .certifiedFor(Set.copyOf(spec.certifiedQueueCodes()))
                .contractMinutesPerWeek(spec.contractHoursPerWeek().multiply(BigDecimal.valueOf(60)).intValue())
                .nightEligible(spec.nightEligible())
                .hourlyCostFen(spec.hourlyCost().movePointRight(2).longValue());
        if (spec.type() == EmploymentType.FLEX_POOL) {
            builder.flexPool(offeredDates(index, horizon));
        } else if (withHistory) {
            builder.history(syntheticHistory(index, spec.nightEligible(), horizon));
        }
        return builder.build();
    }

    /** Flex agents offer four days a week, staggered so that every day has some of them. */
    private static Set<LocalDate> offeredDates(int index, Horizon horizon) {
        Set<LocalDate> offered = new HashSet<>();
        for (int day = 0; day < horizon.days(); day++) {
            LocalDate date = horizon.date(day);
            if ((date.getDayOfWeek().getValue() + index) % 7 < 4) {
                offered.add(date);
            }
        }
        return offered;
    }

    /**
     * 0 to 5 days worked before the horizon; every third night-eligible agent ended the last week on a night
     * shift running to Monday 01:00, the others on a day shift; the day before the stretch was a rest day.
     */
    private static AgentHistory syntheticHistory(int index, boolean nightEligible, Horizon horizon) {
        int worked = index % 6;
        LocalDate restDay = horizon.startDate().minusDays(worked + 1L);
        if (worked == 0) {
            return new AgentHistory(0, null, Set.of(restDay));
        }
        int lastEnd = nightEligible && index % 3 == 0 ? 60 : -(24 * 60 - (17 * 60 + 30));
        return new AgentHistory(worked, lastEnd, Set.of(restDay));
    }
}
