package io.paiban.planning.roster.solver.bound;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.CoverageSlot;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.planning.roster.solver.Unavailability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A proven lower bound on the roster's medium score (squared shortfall) from the linear relaxation of "every agent
 * works one feasible schedule", solved by column generation with OR-Tools' GLOP; see docs/benchmarks.md for the
 * model and the proof.
 *
 * <p>Master LP: for each agent type {@code t} (agents with the same feasible schedules) and schedule {@code j},
 * {@code y[t,j] >= 0} agents of the type work it, {@code sum_j y[t,j] = n_t}; per slot {@code s} the shortfall is
 * split into unit segments {@code w[s,k]} in [0, 1], k = 1..r_s, of cost {@code 2k - 1} (so {@code sum_k (2k-1) w}
 * is the square at integer shortfalls and its convex interpolation in between), with
 * {@code sum_j cover_s(j) y + sum_k w[s,k] >= r_s}. Columns come from the per-type dynamic programme
 * ({@link ScheduleType}) priced at the coverage duals {@code pi}.
 *
 * <p>The bound reported is not the master's value (only a bound once no column prices out) but the Lagrangian value
 * {@code L(pi) = sum_s g_s(pi_s) - sum_t n_t max_j pi . cover(j)}, {@code g_s(pi) = min over x = 0..r_s of
 * (r_s - x)^2 + pi x}, which is a valid lower bound for every {@code pi >= 0} at every iteration, so a time limit
 * never makes it wrong. It reaches the LP optimum when column generation converges.
 */
public final class CoverageRelaxation {

    private static final double EPS = 1e-7;
    /** Share of the time limit for column generation; the rest is for the subgradient when it has not converged. */
    private static final double COLUMN_SHARE = 0.75;
    private static volatile boolean nativesLoaded;

    private final Roster roster;
    private final List<CoverageSlot> slots;
    private final int[] required;
    private final List<ScheduleType> types;
    private final long weight; // the medium weight that applies to every shortfall (the smaller of the two rules)

    /** What the relaxation proved and the schedules of its last master solution. */
    public record Result(long lowerBound, double lagrangian, double lpValue, boolean converged, int iterations,
                         int columns, int agentTypes, long millis, double[] slotShare, Map<AgentDay, Duty> rounded,
                         long roundedMedium) {

        /** Gap of a medium score (a positive penalty) to the bound, as a share of the bound; 0 when both are 0. */
        public double gap(long medium) {
            if (lowerBound == 0) {
                return medium == 0 ? 0 : Double.POSITIVE_INFINITY;
            }
            return (double) (medium - lowerBound) / lowerBound;
        }
    }

    public CoverageRelaxation(Roster roster) {
        this.roster = roster;
        this.slots = roster.getCoverageSlots();
        Map<CoverageSlot, Integer> index = new IdentityHashMap<>();
        required = new int[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            index.put(slots.get(i), i);
            required[i] = slots.get(i).getRequired();
        }
        Map<RosterAgent, List<AgentDay>> daysByAgent = new LinkedHashMap<>();
        for (AgentDay day : roster.getAgentDays()) {
            daysByAgent.computeIfAbsent(day.getAgent(), a -> new ArrayList<>()).add(day);
        }
        Map<RosterAgent, List<Unavailability>> leave = new HashMap<>();
        for (Unavailability u : roster.getUnavailabilities()) {
            leave.computeIfAbsent(u.agent(), a -> new ArrayList<>()).add(u);
        }
        Map<String, ScheduleType> byKey = new LinkedHashMap<>();
        for (Map.Entry<RosterAgent, List<AgentDay>> e : daysByAgent.entrySet()) {
            ScheduleType type = new ScheduleType(e.getKey(), e.getValue(), leave.getOrDefault(e.getKey(), List.of()), index);
            ScheduleType same = byKey.putIfAbsent(type.key, type);
            ScheduleType owner = same == null ? type : same;
            owner.agents.add(e.getKey());
            owner.agentDays.add(e.getValue().stream().sorted(java.util.Comparator.comparingInt(AgentDay::getDayIndex)).toList());
        }
        types = new ArrayList<>(byKey.values());
        var config = roster.getConstraintConfiguration();
        weight = config == null ? 1 : Math.max(0, Math.min(config.getUnderstaffing().mediumScore(), config.getUncoveredInterval().mediumScore()));
    }

    static void loadNatives() {
        if (!nativesLoaded) {
            synchronized (CoverageRelaxation.class) {
                if (!nativesLoaded) {
                    Loader.loadNativeLibraries();
                    nativesLoaded = true;
                }
            }
        }
    }

    /** Column generation for at most {@code maxMillis}; the bound is valid whenever it stops. */
    public Result solve(long maxMillis) {
        long start = System.currentTimeMillis();
        loadNatives();
        int n = slots.size();
        MPSolver lp = MPSolver.createSolver("GLOP");
        if (lp == null) {
            throw new IllegalStateException("OR-Tools GLOP is not available");
        }
        MPObjective objective = lp.objective();
        objective.setMinimization();
        MPConstraint[] cover = new MPConstraint[n];
        for (int s = 0; s < n; s++) {
            if (required[s] == 0) {
                continue;
            }
            cover[s] = lp.makeConstraint(required[s], Double.POSITIVE_INFINITY);
            for (int k = 1; k <= required[s]; k++) {
                MPVariable w = lp.makeNumVar(0, 1, "");
                cover[s].setCoefficient(w, 1);
                objective.setCoefficient(w, 2.0 * k - 1);
            }
        }
        MPConstraint[] convexity = new MPConstraint[types.size()];
        List<List<MPVariable>> vars = new ArrayList<>();
        List<List<ScheduleType.Schedule>> columns = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        ScheduleType.Scratch scratch = new ScheduleType.Scratch();
        double[] pi = new double[n];
        double[] onRequired = new double[n];
        for (int s = 0; s < n; s++) {
            onRequired[s] = required[s] > 0 ? 1 : 0;
        }
        int columnCount = 0;
        for (int t = 0; t < types.size(); t++) {
            ScheduleType type = types.get(t);
            convexity[t] = lp.makeConstraint(type.count(), type.count());
            vars.add(new ArrayList<>());
            columns.add(new ArrayList<>());
            keys.add(new HashSet<>());
            // a first column: the schedule covering the most required slots (any feasible schedule would do)
            ScheduleType.Schedule first = type.best(onRequired, scratch);
            if (first != null) {
                addColumn(lp, cover, convexity[t], vars.get(t), columns.get(t), keys.get(t), first);
                columnCount++;
            }
        }
        double bestBound = 0; // L(0) = 0
        double[] center = new double[n];
        double lpValue = Double.NaN;
        boolean converged = false;
        int iterations = 0;
        double[] priced = new double[n];
        List<double[]> snapshot = new ArrayList<>(); // y of the last master solved, per type
        long columnDeadline = start + (long) (maxMillis * COLUMN_SHARE);
        while (System.currentTimeMillis() < columnDeadline) {
            iterations++;
            lp.setTimeLimit(Math.max(1, columnDeadline - System.currentTimeMillis()));
            MPSolver.ResultStatus status = lp.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                break; // out of time (or numerical trouble): the last snapshot and the best bound stand
            }
            lpValue = objective.value();
            snapshot.clear();
            for (List<MPVariable> typeVars : vars) {
                snapshot.add(typeVars.stream().mapToDouble(MPVariable::solutionValue).toArray());
            }
            for (int s = 0; s < n; s++) {
                pi[s] = cover[s] == null ? 0 : Math.max(0, cover[s].dualValue());
            }
            double[] mu = new double[types.size()];
            for (int t = 0; t < types.size(); t++) {
                mu[t] = convexity[t].dualValue(); // read before any column is added: the duals go stale then
            }
            // Wentges smoothing: price at a point between the best-bound duals and the new ones (fewer oscillations);
            // when that finds nothing new, price at the master's own duals
            int added = 0;
            for (double alpha : new double[]{iterations == 1 ? 0 : 0.5, 0}) {
                for (int s = 0; s < n; s++) {
                    priced[s] = alpha * center[s] + (1 - alpha) * pi[s];
                }
                Map<Integer, ScheduleType.Schedule> best = new HashMap<>();
                double value = lagrangian(priced, scratch, best, null);
                if (value > bestBound) {
                    bestBound = value;
                    System.arraycopy(priced, 0, center, 0, n);
                }
                for (Map.Entry<Integer, ScheduleType.Schedule> e : best.entrySet()) {
                    int t = e.getKey();
                    ScheduleType.Schedule schedule = e.getValue();
                    double reduced = -dot(pi, schedule.coverage()) - mu[t];
                    if (reduced < -EPS && !keys.get(t).contains(schedule.key())) {
                        addColumn(lp, cover, convexity[t], vars.get(t), columns.get(t), keys.get(t), schedule);
                        added++;
                    }
                }
                if (added > 0 || alpha == 0) {
                    break;
                }
            }
            if (added == 0 || Math.ceil(bestBound - 1e-6) >= Math.ceil(lpValue - 1e-6)) {
                converged = true; // no column prices out, or the bound already meets the master's value
                break;
            }
            columnCount += added;
        }
        double[] present = presence(snapshot, columns);
        Map<AgentDay, Duty> rounded = round(snapshot, columns);
        long roundedMedium = weight * squaredShortfall(rounded);
        lp.delete();
        if (!converged) {
            bestBound = Math.max(bestBound, subgradient(present, roundedMedium / (double) Math.max(1, weight), start + maxMillis, scratch));
        }
        double[] share = slotShares(present);
        long bound = weight * Math.max(0, (long) Math.ceil(bestBound - 1e-6));
        return new Result(bound, bestBound, lpValue, converged, iterations, columnCount,
                types.size(), System.currentTimeMillis() - start, share, rounded, roundedMedium);
    }

    /**
     * When the master cannot be solved to the end in time (the season): a projected subgradient ascent on L, started
     * at the multipliers the squares suggest for the last master's shortfall ({@code pi_s = 2 u_s}) with Polyak steps
     * towards the rounded roster's value. Every point it visits gives a valid bound; the best is returned.
     */
    private double subgradient(double[] present, double upper, long deadline, ScheduleType.Scratch scratch) {
        int n = required.length;
        double[] pi = new double[n];
        for (int s = 0; s < n; s++) {
            pi[s] = required[s] == 0 ? 0 : 2 * Math.max(0, required[s] - present[s]);
        }
        double best = Double.NEGATIVE_INFINITY;
        double theta = 1.0;
        int since = 0;
        int[] covered = new int[n];
        while (System.currentTimeMillis() < deadline) {
            java.util.Arrays.fill(covered, 0);
            double value = lagrangian(pi, scratch, null, covered);
            if (value > best + 1e-9) {
                best = value;
                since = 0;
            } else if (++since >= 5) {
                theta /= 2;
                since = 0;
            }
            double norm = 0;
            double[] g = new double[n];
            for (int s = 0; s < n; s++) {
                if (required[s] == 0) {
                    continue;
                }
                long u = Math.min(required[s], (long) Math.floor((pi[s] + 1) / 2));
                g[s] = (required[s] - u) - covered[s]; // d/dpi of g_s(pi) minus the presence the best schedules give
                if (!(pi[s] <= 0 && g[s] < 0)) {
                    norm += g[s] * g[s];
                }
            }
            if (norm == 0 || theta < 1e-4 || upper - best < 1) {
                break;
            }
            double step = theta * Math.max(1, upper - value) / norm;
            for (int s = 0; s < n; s++) {
                if (required[s] > 0) {
                    pi[s] = Math.max(0, pi[s] + step * g[s]);
                }
            }
        }
        return best;
    }

    private static void addColumn(MPSolver lp, MPConstraint[] cover, MPConstraint convexity, List<MPVariable> vars,
                                  List<ScheduleType.Schedule> columns, Set<String> keys, ScheduleType.Schedule schedule) {
        MPVariable y = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "");
        convexity.setCoefficient(y, 1);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int s : schedule.coverage()) {
            counts.merge(s, 1, Integer::sum);
        }
        counts.forEach((s, c) -> {
            if (cover[s] != null) {
                cover[s].setCoefficient(y, c);
            }
        });
        vars.add(y);
        columns.add(schedule);
        keys.add(schedule.key());
    }

    private static double dot(double[] pi, int[] coverage) {
        double v = 0;
        for (int s : coverage) {
            v += pi[s];
        }
        return v;
    }

    /** L(pi); fills {@code best} with each type's best schedule when given. */
    private double lagrangian(double[] pi, ScheduleType.Scratch scratch, Map<Integer, ScheduleType.Schedule> best, int[] covered) {
        double value = 0;
        for (int s = 0; s < required.length; s++) {
            int r = required[s];
            if (r == 0) {
                continue;
            }
            double p = pi[s];
            // min over shortfall u = 0..r of u^2 + p (r - u): u* = min(r, floor((p + 1) / 2))
            long u = Math.min(r, (long) Math.floor((p + 1) / 2));
            value += u * u + p * (r - u);
        }
        for (int t = 0; t < types.size(); t++) {
            ScheduleType type = types.get(t);
            ScheduleType.Schedule schedule = type.best(pi, scratch);
            if (schedule == null) {
                continue; // no feasible schedule: no roster without hard breaches, any bound holds
            }
            value -= type.count() * schedule.value();
            if (best != null) {
                best.put(t, schedule);
            }
            if (covered != null) {
                for (int s : schedule.coverage()) {
                    covered[s] += type.count();
                }
            }
        }
        return value;
    }

    /** Agents present per slot in the last master solved (fractional). */
    private double[] presence(List<double[]> snapshot, List<List<ScheduleType.Schedule>> columns) {
        double[] present = new double[required.length];
        for (int t = 0; t < snapshot.size(); t++) {
            double[] y = snapshot.get(t);
            for (int j = 0; j < y.length; j++) {
                if (y[j] > EPS) {
                    for (int s : columns.get(t).get(j).coverage()) {
                        present[s] += y[j];
                    }
                }
            }
        }
        return present;
    }

    /** The master's squared shortfall per slot (its segments' cost), for "unavoidable" shares per queue and day. */
    private double[] slotShares(double[] present) {
        double[] share = new double[required.length];
        for (int s = 0; s < required.length; s++) {
            double u = Math.max(0, required[s] - present[s]);
            long whole = (long) Math.floor(u);
            // the convex interpolation of the square between integers, as in the master
            share[s] = weight * (whole * whole + (u - whole) * (2 * whole + 1));
        }
        return share;
    }

    /** Each type's agents spread over its columns by largest remainder of the master's y: a roster to start from. */
    private Map<AgentDay, Duty> round(List<double[]> snapshot, List<List<ScheduleType.Schedule>> columns) {
        Map<AgentDay, Duty> result = new HashMap<>();
        for (int t = 0; t < types.size(); t++) {
            ScheduleType type = types.get(t);
            List<ScheduleType.Schedule> cols = columns.get(t);
            double[] ys = t < snapshot.size() ? snapshot.get(t) : new double[0];
            if (cols.isEmpty()) {
                continue;
            }
            int count = type.count();
            int[] take = new int[cols.size()];
            double[] rest = new double[cols.size()];
            int given = 0;
            for (int j = 0; j < cols.size(); j++) {
                double y = j < ys.length ? Math.max(0, ys[j]) : 0;
                take[j] = (int) Math.floor(y + 1e-9);
                rest[j] = y - take[j];
                given += take[j];
            }
            while (given < count) {
                int bestJ = 0;
                for (int j = 1; j < cols.size(); j++) {
                    if (rest[j] > rest[bestJ]) {
                        bestJ = j;
                    }
                }
                take[bestJ]++;
                rest[bestJ] = -1;
                given++;
            }
            int agent = 0;
            for (int j = 0; j < cols.size() && agent < count; j++) {
                for (int i = 0; i < take[j] && agent < count; i++, agent++) {
                    List<AgentDay> days = type.agentDays.get(agent);
                    Duty[] duties = cols.get(j).duties();
                    for (int d = 0; d < days.size(); d++) {
                        AgentDay day = days.get(d);
                        // the type's duties are shared objects of the catalogue, valid for every agent of the type
                        result.put(day, duties[d]);
                    }
                }
            }
        }
        return result;
    }

    private long squaredShortfall(Map<AgentDay, Duty> duties) {
        Map<CoverageSlot, Integer> present = new IdentityHashMap<>();
        duties.values().forEach(duty -> {
            if (duty != null) {
                duty.getCoveredSlots().forEach(slot -> present.merge(slot, 1, Integer::sum));
            }
        });
        long total = 0;
        for (CoverageSlot slot : slots) {
            long u = Math.max(0, slot.getRequired() - present.getOrDefault(slot, 0));
            total += u * u;
        }
        return total;
    }

    public Roster roster() {
        return roster;
    }
}
