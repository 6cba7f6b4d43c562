package io.paiban.floor.intraday.engine;

import io.paiban.floor.intraday.engine.PlanInput.FlexAgent;
import io.paiban.floor.intraday.engine.PlanInput.QueueDay;
import io.paiban.floor.intraday.engine.PlanInput.Slot;
import io.paiban.floor.intraday.engine.PlanInput.StaffMember;
import io.paiban.floor.intraday.engine.PlanResult.Action;
import io.paiban.floor.intraday.engine.PlanResult.IntervalLine;
import io.paiban.floor.intraday.engine.PlanResult.QueueSummary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The intraday planner, pure: reforecast the rest of the day with a damped ratio, recompute the requirement,
 * compare it with the agents present, then propose actions greedily. Each round every candidate (a move, an
 * overtime extension, a flex call-in) is scored by the contacts it adds to "answered within target" over the rest
 * of the day (the volume-weighted change of the expected service level, losses on a queue an agent leaves
 * included) and by its cost; the candidate with the lowest cost per contact gained is taken and applied to the plan,
 * until no interval is short, no candidate gains anything, or maxActions is reached. Moves cost nothing, so
 * they come first. Then, where the plan is still over the requirement through the end of an agent's shift,
 * voluntary time off is offered, the largest saving per contact lost first. An agent gets at most one action.
 */
public final class IntradayPlanner {

    private static final double MIN_GAIN = 0.05;

    private IntradayPlanner() {
    }

    public static PlanResult plan(PlanInput input) {
        return new Run(input).execute();
    }

    /** One queue on the grid of remaining intervals. */
    private static final class Lane {
        final QueueDay queue;
        final DampedRatio volumeRatio;
        final DampedRatio ahtRatio;
        final double[] volume;
        final double[] aht;
        final int[] required;
        final int[] present;
        final int[] planned;

        Lane(QueueDay queue, DampedRatio volumeRatio, DampedRatio ahtRatio, int size) {
            this.queue = queue;
            this.volumeRatio = volumeRatio;
            this.ahtRatio = ahtRatio;
            volume = new double[size];
            aht = new double[size];
            required = new int[size];
            present = new int[size];
            planned = new int[size];
        }

        double sl(int k, int agents) {
            return queue.curve().serviceLevel(volume[k], aht[k], agents);
        }

        /** Change of contacts answered within target when {@code delta} agents are added in the given intervals. */
        double gain(List<Integer> ks, int delta) {
            double g = 0;
            for (int k : ks) {
                if (volume[k] > 0) {
                    double change = sl(k, Math.max(0, planned[k] + delta)) - sl(k, planned[k]);
                    if (delta > 0 && planned[k] < required[k]) {
                        // far below the requirement one agent hardly moves an Erlang service level (the queue is
                        // unstable); credit them at least their share of the requirement
                        change = Math.max(change, queue.targetShare() / required[k]);
                    }
                    g += volume[k] * change;
                }
            }
            return g;
        }

        boolean shortIn(int k) {
            return volume[k] > 0 && planned[k] < required[k];
        }

        double serviceLevel(int[] agents) {
            double weighted = 0;
            double total = 0;
            for (int k = 0; k < volume.length; k++) {
                if (volume[k] > 0) {
                    weighted += volume[k] * sl(k, agents[k]);
                    total += volume[k];
                }
            }
            return total == 0 ? 1.0 : weighted / total;
        }

        int shortIntervals(int[] agents) {
            int n = 0;
            for (int k = 0; k < volume.length; k++) {
                if (volume[k] > 0 && agents[k] < required[k]) {
                    n++;
                }
            }
            return n;
        }

        int overIntervals(int[] agents) {
            int n = 0;
            for (int k = 0; k < volume.length; k++) {
                if (agents[k] > required[k] && (volume[k] > 0 || agents[k] > 0)) {
                    n++;
                }
            }
            return n;
        }

        void apply(List<Integer> ks, int delta) {
            for (int k : ks) {
                planned[k] += delta;
            }
        }
    }

    /** A candidate action before ranking. */
    private record Candidate(ActionKind kind, long agentId, String employeeNo, Long fromQueue, Long toQueue, Instant start, Instant end,
                             double cost, double gain, List<Integer> addTo, List<Integer> removeFrom, String reason) {

        double ratio() {
            return cost / gain;
        }
    }

    private static final class Run {
        final PlanInput in;
        final PlanSettings s;
        final Instant now;
        final List<Instant> grid = new ArrayList<>();
        final Map<Long, Lane> lanes = new HashMap<>();
        final List<Lane> order = new ArrayList<>();
        final Set<Long> used = new HashSet<>();
        final List<Action> actions = new ArrayList<>();
        final int minutes;

        Run(PlanInput in) {
            this.in = in;
            this.s = in.settings();
            this.now = in.now();
            this.minutes = in.intervalMinutes();
        }

        PlanResult execute() {
            buildGrid();
            for (QueueDay q : in.queues()) {
                Lane lane = lane(q);
                lanes.put(q.queueId(), lane);
                order.add(lane);
            }
            for (StaffMember m : in.staff()) {
                Lane lane = lanes.get(m.queueId());
                if (lane != null) {
                    for (int k = 0; k < grid.size(); k++) {
                        if (m.onDutyAt(mid(k))) {
                            lane.present[k]++;
                        }
                    }
                }
            }
            Map<Long, Double> before = new HashMap<>();
            double beforeAll = overall(true);
            for (Lane lane : order) {
                System.arraycopy(lane.present, 0, lane.planned, 0, grid.size());
                before.put(lane.queue.queueId(), lane.serviceLevel(lane.present));
            }
            addStaff();
            offerTimeOff();
            List<QueueSummary> summaries = new ArrayList<>();
            List<IntervalLine> lines = new ArrayList<>();
            for (Lane lane : order) {
                summaries.add(summary(lane, before.get(lane.queue.queueId())));
                lines.addAll(lines(lane));
            }
            return new PlanResult(now, summaries, lines, actions, beforeAll, overall(false));
        }

        void buildGrid() {
            Instant first = null;
            Instant last = null;
            for (QueueDay q : in.queues()) {
                for (Slot slot : q.slots()) {
                    Instant end = slot.start().plus(Duration.ofMinutes(minutes));
                    if (end.isAfter(now)) {
                        first = first == null || slot.start().isBefore(first) ? slot.start() : first;
                        last = last == null || end.isAfter(last) ? end : last;
                    }
                }
            }
            for (Instant t = first; t != null && t.isBefore(last); t = t.plus(Duration.ofMinutes(minutes))) {
                grid.add(t);
            }
        }

        Instant mid(int k) {
            return grid.get(k).plus(Duration.ofSeconds(minutes * 30L));
        }

        Instant end(int k) {
            return grid.get(k).plus(Duration.ofMinutes(minutes));
        }

        Lane lane(QueueDay q) {
            Instant windowStart = now.minus(Duration.ofMinutes(s.lookbackMinutes()));
            List<DampedRatio.Observation> volumes = new ArrayList<>();
            List<DampedRatio.Observation> handles = new ArrayList<>();
            for (Slot slot : q.slots()) {
                Instant end = slot.start().plus(Duration.ofMinutes(minutes));
                if (!end.isAfter(now) && !slot.start().isBefore(windowStart) && slot.actualVolume() != null) {
                    volumes.add(new DampedRatio.Observation(slot.forecastVolume(), slot.actualVolume()));
                    if (slot.actualAhtSeconds() != null && slot.actualVolume() > 0 && slot.forecastAhtSeconds() > 0) {
                        handles.add(new DampedRatio.Observation(slot.forecastAhtSeconds() * slot.actualVolume(),
                                slot.actualAhtSeconds() * slot.actualVolume()));
                    }
                }
            }
            DampedRatio volumeRatio = DampedRatio.of(volumes, s.dampingWeight(), s.minRatio(), s.maxRatio(), s.minForecastVolume());
            double handled = handles.stream().mapToDouble(o -> o.forecast()).sum();
            DampedRatio ahtRatio = volumes.stream().mapToDouble(DampedRatio.Observation::actual).sum() < s.minForecastVolume()
                    ? new DampedRatio(1, 1, handled, handles.stream().mapToDouble(DampedRatio.Observation::actual).sum(), handles.size())
                    : DampedRatio.of(handles, s.dampingWeight(), s.minRatio(), s.maxRatio(), 0);
            Lane lane = new Lane(q, volumeRatio, ahtRatio, grid.size());
            Map<Instant, Integer> index = new HashMap<>();
            for (int k = 0; k < grid.size(); k++) {
                index.put(grid.get(k), k);
            }
            for (Slot slot : q.slots()) {
                Integer k = index.get(slot.start());
                if (k != null) {
                    lane.volume[k] = slot.forecastVolume() * volumeRatio.damped();
                    lane.aht[k] = slot.forecastAhtSeconds() * ahtRatio.damped();
                    lane.required[k] = q.curve().required(lane.volume[k], lane.aht[k]);
                }
            }
            return lane;
        }

        // ---- adding staff ----------------------------------------------------------------------

        void addStaff() {
            while (actions.size() < s.maxActions() && order.stream().anyMatch(l -> shortAnywhere(l))) {
                Candidate best = null;
                for (Candidate c : candidates()) {
                    if (c.gain() < MIN_GAIN) {
                        continue;
                    }
                    if (best == null || c.ratio() < best.ratio() - 1e-12
                            || Math.abs(c.ratio() - best.ratio()) <= 1e-12 && c.gain() > best.gain()) {
                        best = c;
                    }
                }
                if (best == null) {
                    return;
                }
                take(best);
            }
        }

        boolean shortAnywhere(Lane lane) {
            for (int k = 0; k < grid.size(); k++) {
                if (lane.shortIn(k)) {
                    return true;
                }
            }
            return false;
        }

        List<Candidate> candidates() {
            List<Candidate> out = new ArrayList<>();
            Instant effective = boundaryAtOrAfter(now.plus(Duration.ofMinutes(s.leadMinutes())));
            for (StaffMember m : in.staff()) {
                if (!m.present() || !m.actionable() || used.contains(m.agentId()) || !m.shiftEnd().isAfter(now)) {
                    continue;
                }
                Lane home = lanes.get(m.queueId());
                if (home == null) {
                    continue;
                }
                moves(m, home, effective, out);
                overtime(m, home, out);
            }
            for (FlexAgent f : in.flexPool()) {
                if (!used.contains(f.agentId())) {
                    callIns(f, out);
                }
            }
            return out;
        }

        void moves(StaffMember m, Lane from, Instant effective, List<Candidate> out) {
            List<Integer> span = new ArrayList<>();
            for (int k = 0; k < grid.size(); k++) {
                if (!grid.get(k).isBefore(effective) && m.onDutyAt(mid(k))) {
                    span.add(k);
                }
            }
            if (span.isEmpty() || span.stream().anyMatch(k -> from.planned[k] - 1 < from.required[k])) {
                return; // only from a queue that stays at its requirement without the agent
            }
            for (long target : m.certifiedQueues()) {
                Lane to = lanes.get(target);
                if (to == null || to == from || span.stream().noneMatch(to::shortIn)) {
                    continue;
                }
                double gain = to.gain(span, 1) + from.gain(span, -1);
                out.add(new Candidate(ActionKind.MOVE_QUEUE, m.agentId(), m.employeeNo(), from.queue.queueId(), target,
                        grid.get(span.get(0)), m.shiftEnd(), 0.0, gain, span, span,
                        "move from " + from.queue.code() + " (over its requirement) to " + to.queue.code()));
            }
        }

        void overtime(StaffMember m, Lane lane, List<Candidate> out) {
            int limit = Math.min(m.overtimeLimitMinutes(), s.maxOvertimeMinutes());
            if (limit < s.minOvertimeMinutes()) {
                return;
            }
            List<Integer> covered = new ArrayList<>();
            int extension = 0;
            while (extension + s.overtimeStepMinutes() <= limit) {
                Instant stepStart = m.shiftEnd().plus(Duration.ofMinutes(extension));
                Instant stepEnd = stepStart.plus(Duration.ofMinutes(s.overtimeStepMinutes()));
                List<Integer> step = intervalsBetween(stepStart, stepEnd);
                if (step.isEmpty() || step.stream().noneMatch(lane::shortIn)) {
                    break; // extend only through intervals that are short
                }
                covered.addAll(step);
                extension += s.overtimeStepMinutes();
            }
            if (extension < s.minOvertimeMinutes()) {
                return;
            }
            double cost = m.hourlyCost() * s.overtimePremium() * extension / 60.0;
            out.add(new Candidate(ActionKind.OVERTIME, m.agentId(), m.employeeNo(), null, lane.queue.queueId(), m.shiftEnd(),
                    m.shiftEnd().plus(Duration.ofMinutes(extension)), cost, lane.gain(covered, 1), covered, List.of(),
                    "extend the shift by " + extension + " min on " + lane.queue.code()));
        }

        /**
         * Call-in candidates per certified queue: one starting at the earliest arrival, and one at the start of each
         * later short stretch, so that an evening gap can get its own call-in.
         */
        void callIns(FlexAgent f, List<Candidate> out) {
            Instant earliest = boundaryAtOrAfter(max(now.plus(Duration.ofMinutes(s.callInLeadMinutes())), f.earliestStart()));
            Instant latest = grid.isEmpty() ? earliest : end(grid.size() - 1);
            if (f.latestEnd() != null && f.latestEnd().isBefore(latest)) {
                latest = f.latestEnd();
            }
            int maxMinutes = Math.min(s.callInMinutes(), f.maxMinutes());
            for (long queueId : f.certifiedQueues()) {
                Lane lane = lanes.get(queueId);
                if (lane == null) {
                    continue;
                }
                List<Instant> starts = new ArrayList<>();
                starts.add(earliest);
                for (int k = 0; k < grid.size(); k++) {
                    if (grid.get(k).isAfter(earliest) && lane.shortIn(k) && (k == 0 || !lane.shortIn(k - 1))) {
                        starts.add(grid.get(k));
                    }
                }
                for (Instant start : starts) {
                    Candidate c = callIn(f, lane, start, min(start.plus(Duration.ofMinutes(maxMinutes)), latest));
                    if (c != null) {
                        out.add(c);
                    }
                }
            }
        }

        Candidate callIn(FlexAgent f, Lane lane, Instant start, Instant end) {
            List<Integer> span = intervalsBetween(start, end);
            int lastShort = -1;
            for (int i = 0; i < span.size(); i++) {
                if (lane.shortIn(span.get(i))) {
                    lastShort = i;
                }
            }
            if (lastShort < 0) {
                return null;
            }
            // stop after the last short interval, but pay at least the minimum call-in
            int keep = Math.max(lastShort + 1, Math.min(span.size(), (s.minCallInMinutes() + minutes - 1) / minutes));
            List<Integer> covered = span.subList(0, keep);
            Instant callEnd = end(covered.get(covered.size() - 1));
            long length = Duration.between(start, callEnd).toMinutes();
            if (length < s.minCallInMinutes()) {
                return null; // the day (or the agent's rest) ends before a minimum call-in fits
            }
            double cost = f.hourlyCost() * length / 60.0;
            return new Candidate(ActionKind.CALL_IN_FLEX, f.agentId(), f.employeeNo(), null, lane.queue.queueId(), start, callEnd, cost,
                    lane.gain(covered, 1), new ArrayList<>(covered), List.of(), "call in flex-pool agent for " + lane.queue.code());
        }

        void take(Candidate c) {
            Lane to = lanes.get(c.toQueue());
            Lane from = c.fromQueue() == null ? null : lanes.get(c.fromQueue());
            Lane affected = to != null ? to : from;
            double before = affected.serviceLevel(affected.planned);
            if (to != null) {
                to.apply(c.addTo(), 1);
            }
            if (from != null) {
                from.apply(c.removeFrom(), -1);
            }
            double after = affected.serviceLevel(affected.planned);
            used.add(c.agentId());
            int mins = (int) Duration.between(c.start(), c.end()).toMinutes();
            actions.add(new Action(actions.size() + 1, c.kind(), c.agentId(), c.employeeNo(), c.fromQueue(), c.toQueue(), c.start(), c.end(),
                    mins, round(c.cost()), round(c.gain()), c.gain() == 0 ? null : round(c.cost() / c.gain()), before, after, c.reason()));
        }

        // ---- voluntary time off ------------------------------------------------------------------

        void offerTimeOff() {
            Instant effective = boundaryAtOrAfter(now.plus(Duration.ofMinutes(s.leadMinutes())));
            while (actions.size() < s.maxActions()) {
                Candidate best = null;
                for (StaffMember m : in.staff()) {
                    if (!m.present() || !m.actionable() || used.contains(m.agentId()) || !m.shiftEnd().isAfter(effective)) {
                        continue;
                    }
                    Lane lane = lanes.get(m.queueId());
                    if (lane == null) {
                        continue;
                    }
                    Candidate c = timeOff(m, lane, effective);
                    if (c != null && (best == null || vtoKey(c) < vtoKey(best))) {
                        best = c;
                    }
                }
                if (best == null) {
                    return;
                }
                take(best);
            }
        }

        /** Contacts lost per unit saved: the smaller, the better the offer. */
        static double vtoKey(Candidate c) {
            return -c.gain() / -c.cost();
        }

        Candidate timeOff(StaffMember m, Lane lane, Instant effective) {
            List<Integer> duty = new ArrayList<>();
            for (int k = 0; k < grid.size(); k++) {
                if (!grid.get(k).isBefore(effective) && m.onDutyAt(mid(k))) {
                    duty.add(k);
                }
            }
            // the longest end of the shift through which the queue stays at its requirement without the agent
            int from = duty.size();
            while (from > 0 && lane.planned[duty.get(from - 1)] - 1 >= lane.required[duty.get(from - 1)]) {
                from--;
            }
            if (from == duty.size()) {
                return null;
            }
            List<Integer> off = duty.subList(from, duty.size());
            Instant start = grid.get(off.get(0));
            long freed = Duration.between(start, m.shiftEnd()).toMinutes();
            if (freed < s.minVtoMinutes()) {
                return null;
            }
            double lost = lane.gain(off, -1);
            double saving = m.hourlyCost() * freed / 60.0;
            return new Candidate(ActionKind.VTO, m.agentId(), m.employeeNo(), lane.queue.queueId(), null, start, m.shiftEnd(), -saving, lost,
                    List.of(), new ArrayList<>(off), "offer voluntary time off: " + lane.queue.code() + " stays at its requirement");
        }

        // ---- helpers ---------------------------------------------------------------------------------

        List<Integer> intervalsBetween(Instant start, Instant end) {
            List<Integer> ks = new ArrayList<>();
            for (int k = 0; k < grid.size(); k++) {
                Instant m = mid(k);
                if (!m.isBefore(start) && m.isBefore(end)) {
                    ks.add(k);
                }
            }
            return ks;
        }

        Instant boundaryAtOrAfter(Instant t) {
            for (Instant g : grid) {
                if (!g.isBefore(t)) {
                    return g;
                }
            }
            return grid.isEmpty() ? t : end(grid.size() - 1);
        }

        double overall(boolean present) {
            double weighted = 0;
            double total = 0;
            for (Lane lane : order) {
                int[] agents = present ? lane.present : lane.planned;
                for (int k = 0; k < grid.size(); k++) {
                    if (lane.volume[k] > 0) {
                        weighted += lane.volume[k] * lane.sl(k, agents[k]);
                        total += lane.volume[k];
                    }
                }
            }
            return total == 0 ? 1.0 : weighted / total;
        }

        QueueSummary summary(Lane lane, double before) {
            double after = lane.serviceLevel(lane.planned);
            double forecast = 0;
            double reforecast = 0;
            Map<Instant, Slot> slots = new HashMap<>();
            lane.queue.slots().forEach(slot -> slots.put(slot.start(), slot));
            for (int k = 0; k < grid.size(); k++) {
                Slot slot = slots.get(grid.get(k));
                forecast += slot == null ? 0 : slot.forecastVolume();
                reforecast += lane.volume[k];
            }
            return new QueueSummary(lane.queue.queueId(), lane.queue.code(), lane.queue.targetShare(), lane.volumeRatio, lane.ahtRatio,
                    round(forecast), round(reforecast), before, after, lane.shortIntervals(lane.present),
                    lane.shortIntervals(lane.planned), lane.overIntervals(lane.planned), after + 1e-9 >= lane.queue.targetShare());
        }

        List<IntervalLine> lines(Lane lane) {
            Map<Instant, Integer> index = new HashMap<>();
            for (int k = 0; k < grid.size(); k++) {
                index.put(grid.get(k), k);
            }
            List<IntervalLine> out = new ArrayList<>();
            for (Slot slot : lane.queue.slots()) {
                Integer k = index.get(slot.start());
                if (k == null) {
                    out.add(new IntervalLine(lane.queue.queueId(), slot.start(), slot.forecastVolume(), slot.forecastAhtSeconds(),
                            slot.actualVolume(), slot.actualAhtSeconds(), null, null, null, null, null, null, null));
                } else {
                    out.add(new IntervalLine(lane.queue.queueId(), slot.start(), slot.forecastVolume(), slot.forecastAhtSeconds(),
                            slot.actualVolume(), slot.actualAhtSeconds(), round(lane.volume[k]), round(lane.aht[k]), lane.required[k],
                            lane.present[k], lane.planned[k], lane.sl(k, lane.present[k]), lane.sl(k, lane.planned[k])));
                }
            }
            return out;
        }

        static Instant max(Instant a, Instant b) {
            return b == null || a.isAfter(b) ? a : b;
        }

        static Instant min(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }

        static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }
    }
}
