package io.paiban.planning.staffing.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Least staffing per interval that finishes every deferred item (email, ticket) by its deadline.
 *
 * <p>Work model: items arriving in an interval are treated as arriving at its start, so they can be worked
 * in that interval and their deadline is computed from the interval start (the earliest deadline any of
 * them can have). Work is fluid: an item can be split across agents and intervals, and an agent delivers
 * its full interval length of work. A deadline that falls inside an interval is rounded down to the end of
 * the previous interval, since work in a partly covered interval cannot be attributed reliably.
 *
 * <p>With fluid work, earliest-deadline-first (EDF) is an optimal order: if any schedule meets every
 * deadline with given capacities, EDF does. Feasibility of a staffing vector is thus one EDF pass.
 *
 * <p>Algorithm:
 * <ol>
 *   <li>Level: the least uniform head-count L such that staffing every open interval with L is feasible
 *       (bisection; feasibility is monotone in L). L is the lowest possible peak.</li>
 *   <li>Trim backwards: from the last interval to the first, lower each interval to the least value that
 *       keeps the plan feasible, earlier intervals still at L. Because earlier intervals keep their capacity
 *       while later ones are trimmed, work ends up done as early as the level allows.</li>
 * </ol>
 * The result is minimal per interval: when interval k was trimmed, k-1 agents were infeasible even with the
 * earlier intervals at L; later trimming only removes capacity, so k-1 stays infeasible (monotonicity).
 */
public final class DeferredWorkPlanner {

    public static final int DEFAULT_MAX_AGENTS_PER_INTERVAL = 100_000;

    /** Agent-seconds of work small enough to be floating-point residue rather than an unfinished item. */
    private static final double WORK_EPSILON = 1e-6;

    private final int maxAgentsPerInterval;

    public DeferredWorkPlanner() {
        this(DEFAULT_MAX_AGENTS_PER_INTERVAL);
    }

    public DeferredWorkPlanner(int maxAgentsPerInterval) {
        if (maxAgentsPerInterval < 1) {
            throw new StaffingInputException("maxAgentsPerInterval", "must be at least 1, was " + maxAgentsPerInterval);
        }
        this.maxAgentsPerInterval = maxAgentsPerInterval;
    }

    /** Minimal staffing meeting every deadline, with the resulting backlog per interval. */
    public DeferredWorkPlan plan(List<PlanningInterval> intervals, List<DeferredWorkStream> streams) {
        List<WorkBatch> batches = workBatches(intervals, streams);
        int count = intervals.size();
        Edf edf = new Edf(intervals, batches);
        rejectDeadlinesWithoutOpenTime(intervals, streams, batches);

        int[] agents = new int[count];
        fillOpen(intervals, agents, maxAgentsPerInterval);
        if (!edf.feasible(agents)) {
            throw new StaffingInputException("maxAgentsPerInterval",
                    "deadlines cannot be met even with " + maxAgentsPerInterval + " agents in every open interval");
        }
        int infeasibleLevel = -1;
        int feasibleLevel = maxAgentsPerInterval;
        while (feasibleLevel - infeasibleLevel > 1) {
            int middle = infeasibleLevel + (feasibleLevel - infeasibleLevel) / 2;
            fillOpen(intervals, agents, middle);
            if (edf.feasible(agents)) {
                feasibleLevel = middle;
            } else {
                infeasibleLevel = middle;
            }
        }
        fillOpen(intervals, agents, feasibleLevel);
        for (int k = count - 1; k >= 0; k--) {
            int feasible = agents[k];
            int infeasible = -1;
            while (feasible - infeasible > 1) {
                int middle = infeasible + (feasible - infeasible) / 2;
                agents[k] = middle;
                if (edf.feasible(agents)) {
                    feasible = middle;
                } else {
                    infeasible = middle;
                }
            }
            agents[k] = feasible;
        }
        return edf.report(agents, streams);
    }

    /** EDF outcome of a given staffing (e.g. from a roster): backlog and overdue items per interval. */
    public DeferredWorkPlan evaluate(List<PlanningInterval> intervals, List<DeferredWorkStream> streams, List<Integer> agents) {
        List<WorkBatch> batches = workBatches(intervals, streams);
        if (agents == null || agents.size() != intervals.size()) {
            throw new StaffingInputException("agents", "must have one entry per interval");
        }
        int[] staffing = new int[agents.size()];
        for (int k = 0; k < staffing.length; k++) {
            int value = agents.get(k);
            if (value < 0) {
                throw new StaffingInputException("agents", "must not be negative, was " + value + " in interval " + k);
            }
            staffing[k] = intervals.get(k).open() ? value : 0;
        }
        return new Edf(intervals, batches).report(staffing, streams);
    }

    /** True when EDF with this staffing finishes every item by its deadline. */
    public boolean meetsAllDeadlines(List<PlanningInterval> intervals, List<DeferredWorkStream> streams, List<Integer> agents) {
        return evaluate(intervals, streams, agents).overdueItems() <= 1e-9;
    }

    /** The items of every stream grouped by arrival interval, with the interval their deadline maps to. */
    public static List<WorkBatch> workBatches(List<PlanningInterval> intervals, List<DeferredWorkStream> streams) {
        validate(intervals, streams);
        int count = intervals.size();
        LocalDateTime[] ends = new LocalDateTime[count];
        long[] openMinutesBefore = new long[count + 1];
        for (int k = 0; k < count; k++) {
            PlanningInterval interval = intervals.get(k);
            ends[k] = interval.end();
            openMinutesBefore[k + 1] = openMinutesBefore[k] + (interval.open() ? interval.lengthMinutes() : 0);
        }
        List<WorkBatch> batches = new ArrayList<>();
        for (int s = 0; s < streams.size(); s++) {
            DeferredWorkStream stream = streams.get(s);
            Set<LocalDate> openDays = stream.deadline() instanceof DeadlineRule.DailyCutoff cutoff && cutoff.openDaysOnly()
                    ? openDaysBefore(cutoff.dueTime(), intervals) : Set.of();
            for (int k = 0; k < count; k++) {
                double items = stream.itemsPerInterval().get(k);
                if (items == 0) {
                    continue;
                }
                int deadline = deadlineInterval(stream.deadline(), k, intervals, ends, openMinutesBefore, openDays);
                if (deadline < k) {
                    throw new StaffingInputException("deadline", "stream '" + stream.name() + "': items arriving at "
                            + intervals.get(k).start() + " are due before their arrival interval ends");
                }
                batches.add(new WorkBatch(s, k, deadline, items, items * stream.handleTimeSeconds()));
            }
        }
        return batches;
    }

    private static int deadlineInterval(DeadlineRule rule, int release, List<PlanningInterval> intervals,
                                        LocalDateTime[] ends, long[] openMinutesBefore, Set<LocalDate> openDays) {
        LocalDateTime arrival = intervals.get(release).start();
        if (rule instanceof DeadlineRule.Elapsed elapsed) {
            return lastIntervalEndingBy(arrival.plus(elapsed.duration()), ends);
        }
        if (rule instanceof DeadlineRule.DailyCutoff cutoff) {
            LocalDate dueDate = arrival.toLocalTime().isBefore(cutoff.cutoff())
                    ? arrival.toLocalDate() : arrival.toLocalDate().plusDays(1);
            if (cutoff.openDaysOnly()) {
                LocalDate lastDate = intervals.get(intervals.size() - 1).start().toLocalDate();
                while (!openDays.contains(dueDate)) {
                    if (dueDate.isAfter(lastDate)) {
                        return intervals.size();
                    }
                    dueDate = dueDate.plusDays(1);
                }
            }
            return lastIntervalEndingBy(dueDate.atTime(cutoff.dueTime()), ends);
        }
        DeadlineRule.OpenHours openHours = (DeadlineRule.OpenHours) rule;
        return openHoursDeadline(openHours.duration(), release, openMinutesBefore);
    }

    private static Set<LocalDate> openDaysBefore(LocalTime dueTime, List<PlanningInterval> intervals) {
        Set<LocalDate> days = new HashSet<>();
        for (PlanningInterval interval : intervals) {
            if (interval.open() && interval.start().toLocalTime().isBefore(dueTime)) {
                days.add(interval.start().toLocalDate());
            }
        }
        return days;
    }

    /** Index of the last interval whose end is at or before the due time; past the horizon means "after it". */
    private static int lastIntervalEndingBy(LocalDateTime due, LocalDateTime[] ends) {
        int count = ends.length;
        if (due.isAfter(ends[count - 1])) {
            return count;
        }
        int low = 0;
        int high = count - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (!ends[middle].isAfter(due)) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /**
     * The deadline is reached inside the first interval m where the open minutes since the arrival interval's
     * start reach the duration; the item must be done by the end of m if it is reached exactly there, else by
     * the end of m-1.
     */
    private static int openHoursDeadline(Duration duration, int release, long[] openMinutesBefore) {
        double needed = duration.getSeconds() / 60.0 + duration.getNano() / 6e10;
        int count = openMinutesBefore.length - 1;
        if (openMinutesBefore[count] - openMinutesBefore[release] < needed) {
            return count;
        }
        int low = release;
        int high = count - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (openMinutesBefore[middle + 1] - openMinutesBefore[release] >= needed) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return openMinutesBefore[low + 1] - openMinutesBefore[release] == needed ? low : low - 1;
    }

    private static void rejectDeadlinesWithoutOpenTime(List<PlanningInterval> intervals, List<DeferredWorkStream> streams,
                                                       List<WorkBatch> batches) {
        int[] openBefore = new int[intervals.size() + 1];
        for (int k = 0; k < intervals.size(); k++) {
            openBefore[k + 1] = openBefore[k] + (intervals.get(k).open() ? 1 : 0);
        }
        for (WorkBatch batch : batches) {
            int last = Math.min(batch.deadlineInterval(), intervals.size() - 1);
            if (batch.deadlineInterval() < intervals.size() && openBefore[last + 1] - openBefore[batch.releaseInterval()] == 0) {
                throw new StaffingInputException("deadline", "stream '" + streams.get(batch.stream()).name()
                        + "': items arriving at " + intervals.get(batch.releaseInterval()).start()
                        + " are due before any open interval lets them be worked");
            }
        }
    }

    private static void fillOpen(List<PlanningInterval> intervals, int[] agents, int level) {
        for (int k = 0; k < agents.length; k++) {
            agents[k] = intervals.get(k).open() ? level : 0;
        }
    }

    private static void validate(List<PlanningInterval> intervals, List<DeferredWorkStream> streams) {
        if (intervals == null || intervals.isEmpty()) {
            throw new StaffingInputException("intervals", "must contain at least one interval");
        }
        if (streams == null) {
            throw new StaffingInputException("streams", "must not be null");
        }
        for (int k = 1; k < intervals.size(); k++) {
            if (intervals.get(k).start().isBefore(intervals.get(k - 1).end())) {
                throw new StaffingInputException("intervals", "interval " + k + " starting " + intervals.get(k).start()
                        + " overlaps or precedes the previous one; starts must increase without overlap");
            }
        }
        for (DeferredWorkStream stream : streams) {
            if (stream.itemsPerInterval().size() != intervals.size()) {
                throw new StaffingInputException("itemsPerInterval", "stream '" + stream.name() + "' has "
                        + stream.itemsPerInterval().size() + " values for " + intervals.size() + " intervals");
            }
        }
    }

    /** Fluid earliest-deadline-first processing of the batches with a given staffing. */
    private static final class Edf {

        private final List<PlanningInterval> intervals;
        private final List<WorkBatch> batches;
        private final double[] secondsPerAgent;
        private final int[][] batchesByRelease;
        private final double[] pendingByDeadline;

        Edf(List<PlanningInterval> intervals, List<WorkBatch> batches) {
            this.intervals = intervals;
            this.batches = batches;
            int count = intervals.size();
            secondsPerAgent = new double[count];
            for (int k = 0; k < count; k++) {
                secondsPerAgent[k] = intervals.get(k).lengthMinutes() * 60.0;
            }
            int[] perRelease = new int[count];
            for (WorkBatch batch : batches) {
                perRelease[batch.releaseInterval()]++;
            }
            batchesByRelease = new int[count][];
            for (int k = 0; k < count; k++) {
                batchesByRelease[k] = new int[perRelease[k]];
            }
            int[] filled = new int[count];
            for (int b = 0; b < batches.size(); b++) {
                int release = batches.get(b).releaseInterval();
                batchesByRelease[release][filled[release]++] = b;
            }
            pendingByDeadline = new double[count + 1];
        }

        boolean feasible(int[] agents) {
            int count = agents.length;
            Arrays.fill(pendingByDeadline, 0.0);
            int earliest = count + 1;
            for (int k = 0; k < count; k++) {
                for (int b : batchesByRelease[k]) {
                    WorkBatch batch = batches.get(b);
                    pendingByDeadline[batch.deadlineInterval()] += batch.workSeconds();
                    earliest = Math.min(earliest, batch.deadlineInterval());
                }
                double capacity = agents[k] * secondsPerAgent[k];
                while (capacity > 0 && earliest <= count) {
                    double pending = pendingByDeadline[earliest];
                    if (pending <= capacity + WORK_EPSILON) {
                        capacity -= pending;
                        pendingByDeadline[earliest] = 0.0;
                        earliest++;
                        while (earliest <= count && pendingByDeadline[earliest] == 0.0) {
                            earliest++;
                        }
                    } else {
                        pendingByDeadline[earliest] = pending - capacity;
                        capacity = 0;
                    }
                }
                if (pendingByDeadline[k] > WORK_EPSILON) {
                    return false;
                }
            }
            return true;
        }

        DeferredWorkPlan report(int[] agents, List<DeferredWorkStream> streams) {
            int count = agents.length;
            int streamCount = streams.size();
            double[][] pendingWork = new double[count + 1][streamCount];
            double[] overdueWork = new double[streamCount];
            double[] handle = new double[streamCount];
            for (int s = 0; s < streamCount; s++) {
                handle[s] = streams.get(s).handleTimeSeconds();
            }
            List<DeferredIntervalPlan> plans = new ArrayList<>(count);
            double openItems = 0;
            for (int k = 0; k < count; k++) {
                double arrived = 0;
                for (int b : batchesByRelease[k]) {
                    WorkBatch batch = batches.get(b);
                    pendingWork[batch.deadlineInterval()][batch.stream()] += batch.workSeconds();
                    arrived += batch.items();
                }
                openItems += arrived;
                double capacity = agents[k] * secondsPerAgent[k];
                double completed = 0;
                // Items already late come first: their deadline is the earliest of all.
                for (int s = 0; s < streamCount && capacity > 0; s++) {
                    double work = Math.min(overdueWork[s], capacity);
                    overdueWork[s] -= work;
                    capacity -= work;
                    completed += work / handle[s];
                }
                for (int d = k; d <= count && capacity > 0; d++) {
                    for (int s = 0; s < streamCount && capacity > 0; s++) {
                        double work = Math.min(pendingWork[d][s], capacity);
                        if (work > 0) {
                            pendingWork[d][s] -= work;
                            capacity -= work;
                            completed += work / handle[s];
                        }
                    }
                }
                double newlyOverdue = 0;
                for (int s = 0; s < streamCount; s++) {
                    if (pendingWork[k][s] > WORK_EPSILON) {
                        newlyOverdue += pendingWork[k][s] / handle[s];
                        overdueWork[s] += pendingWork[k][s];
                    }
                    pendingWork[k][s] = 0;
                }
                openItems = Math.max(0.0, openItems - completed);
                plans.add(new DeferredIntervalPlan(intervals.get(k), agents[k], arrived, completed,
                        openItems < 1e-9 ? 0.0 : openItems, newlyOverdue));
            }
            return new DeferredWorkPlan(plans, openItems < 1e-9 ? 0.0 : openItems);
        }
    }
}
