package io.paiban.benchmark;

import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.AgentHistory;
import io.paiban.planning.roster.solver.CoverageSlot;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.planning.roster.solver.Horizon;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.planning.roster.solver.ShiftOption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lower bound on the understaffed agent-intervals {@code sum over slots of max(0, required - present)} of every
 * roster that breaks no hard rule, by Lagrangian relaxation of the coverage coupling (docs/benchmarks.md).
 *
 * <p>For any multipliers {@code 0 <= lambda[s] <= 1} and any roster with presence {@code x},
 * {@code max(0, r - x) >= lambda (r - x)} per slot, so
 * {@code short(x) >= sum lambda r - sum over agents of lambda . cover(agent's week)}
 * {@code >= sum lambda r - sum over agents of max over the agent's feasible schedules of lambda . cover}.
 * The hard rules are all per agent, so the inner maximum is a dynamic programme per agent over the days
 * (duty options, weekly paid minutes, consecutive days with history, rest between shifts and after the history).
 * Every lambda gives a valid bound; a subgradient ascent looks for a good one and the best value found is
 * returned. The schedules the programme picks also form a roster without hard breaches, whose shortfall is an
 * upper bound on the optimum (reported as {@code primalShort}).
 */
public final class UnderstaffingBound {

    /** Bound (rounded up: the shortfall is an integer), the best primal shortfall seen and the work done. */
    public record Result(long lowerBound, double lagrangianValue, long primalShort, long required, int iterations,
                         int agentTypes, long millis) {
    }

    private static final double NEG = Double.NEGATIVE_INFINITY;
    private static final double START = 0.3; // on required slots; any start is valid, this one climbs fastest here
    private static final double TARGET_MARGIN = 0.2;
    private static final int PATIENCE = 25; // iterations without a better bound before the step halves
    private static final int UNIT = 30; // paid minutes are counted in whole half hours, rounded down (a relaxation)

    private final int slotCount;
    private final int[] required;
    private final List<AgentType> types = new ArrayList<>();
    private final long totalRequired;

    public UnderstaffingBound(Roster roster) {
        Map<CoverageSlot, Integer> index = new IdentityHashMap<>();
        List<CoverageSlot> slots = roster.getCoverageSlots();
        required = new int[slots.size()];
        long total = 0;
        for (int i = 0; i < slots.size(); i++) {
            index.put(slots.get(i), i);
            required[i] = slots.get(i).getRequired();
            total += required[i];
        }
        slotCount = slots.size();
        totalRequired = total;
        Horizon horizon = roster.getHorizon();
        Map<RosterAgent, List<AgentDay>> daysByAgent = new LinkedHashMap<>();
        for (AgentDay day : roster.getAgentDays()) {
            daysByAgent.computeIfAbsent(day.getAgent(), a -> new ArrayList<>()).add(day);
        }
        Map<String, AgentType> byKey = new LinkedHashMap<>();
        for (Map.Entry<RosterAgent, List<AgentDay>> e : daysByAgent.entrySet()) {
            AgentType type = new AgentType(e.getKey(), e.getValue(), horizon, index);
            AgentType same = byKey.putIfAbsent(type.key, type);
            if (same != null) {
                same.count++;
            }
        }
        types.addAll(byKey.values());
    }

    /** Subgradient ascent with Polyak steps for at most {@code maxIterations} or {@code maxMillis}. */
    public Result compute(int maxIterations, long maxMillis) {
        long start = System.currentTimeMillis();
        double[] lambda = new double[slotCount];
        for (int s = 0; s < slotCount; s++) {
            lambda[s] = required[s] > 0 ? START : 0.0;
        }
        double best = NEG;
        long primal = totalRequired;
        double theta = 1.0;
        int sinceImprovement = 0;
        int iterations = 0;
        int[] present = new int[slotCount];
        while (iterations < maxIterations && System.currentTimeMillis() - start < maxMillis) {
            iterations++;
            double value = evaluate(lambda, present);
            long shortfall = 0;
            double norm = 0;
            for (int s = 0; s < slotCount; s++) {
                shortfall += Math.max(0, required[s] - present[s]);
                if (required[s] > 0) {
                    double g = required[s] - present[s];
                    // projected subgradient: a multiplier at a bound that would leave it does not move
                    if (!(lambda[s] >= 1 && g > 0) && !(lambda[s] <= 0 && g < 0)) {
                        norm += g * g;
                    }
                }
            }
            primal = Math.min(primal, shortfall);
            if (value > best + 1e-9) {
                best = value;
                sinceImprovement = 0;
            } else if (++sinceImprovement >= PATIENCE) {
                theta /= 2;
                sinceImprovement = 0;
            }
            if (norm == 0 || primal - best < 1 || theta < 1e-4) {
                break; // optimal multipliers, or the bound meets a roster found (nothing left to prove)
            }
            // Polyak step towards a target a little above the best bound (the primal rosters of the relaxation are
            // poor, so aiming at them overshoots): 20% above it, or 5% of the way to the primal when that is more
            double target = Math.min(primal, best + Math.max(Math.max(1, TARGET_MARGIN * Math.abs(best)), 0.05 * (primal - best)));
            double step = theta * (target - value) / norm;
            for (int s = 0; s < slotCount; s++) {
                if (required[s] > 0) {
                    lambda[s] = Math.min(1, Math.max(0, lambda[s] + step * (required[s] - present[s])));
                }
            }
        }
        long bound = Math.max(0, (long) Math.ceil(best - 1e-6));
        return new Result(bound, best, primal, totalRequired, iterations, types.size(), System.currentTimeMillis() - start);
    }

    /** The Lagrangian value at lambda; fills the presence per slot of the maximising schedules. */
    double evaluate(double[] lambda, int[] present) {
        Arrays.fill(present, 0);
        double value = 0;
        for (int s = 0; s < slotCount; s++) {
            value += lambda[s] * required[s];
        }
        for (AgentType type : types) {
            value -= type.count * type.bestSchedule(lambda, present, scratch);
        }
        return value;
    }

    /** Agents with the same options, contract, rules and history have the same best schedule. */
    private static final class AgentType {
        final String key;
        int count = 1;
        final int days;
        final int[] weekOfDay;
        final ShiftChoice[][] choices; // per day, the shifts the agent may work (pinned: the pinned duty or none)
        final boolean[] mayRest;      // per day, whether a day off is allowed (false only when pinned to a duty)
        final int maxRun;
        final int capUnits;
        final int minRest;
        final AgentHistory history;
        // dynamic programme arrays: state = (previous day's choice + 1, run length, units used this week)
        final int prevStates;
        final int runStates;
        final int unitStates;
        // scratch arrays shared by all agent types (one type is evaluated at a time)
        double[] value;
        double[] next;
        int[][] from;
        int states;

        AgentType(RosterAgent agent, List<AgentDay> agentDays, Horizon horizon, Map<CoverageSlot, Integer> slotIndex) {
            List<AgentDay> sorted = new ArrayList<>(agentDays);
            sorted.sort(Comparator.comparingInt(AgentDay::getDayIndex));
            days = sorted.size();
            weekOfDay = new int[days];
            choices = new ShiftChoice[days][];
            mayRest = new boolean[days];
            StringBuilder k = new StringBuilder();
            int maxChoices = 0;
            for (int d = 0; d < days; d++) {
                AgentDay day = sorted.get(d);
                if (day.getDayIndex() != d) {
                    throw new IllegalArgumentException("agent " + agent + " lacks day " + d);
                }
                weekOfDay[d] = day.getWeekIndex();
                List<Duty> options = day.isPinned() ? (day.getDuty() == null ? List.of() : List.of(day.getDuty())) : day.getDutyOptions();
                mayRest[d] = !day.isPinned() || day.getDuty() == null;
                Map<ShiftOption, List<int[]>> byShift = new LinkedHashMap<>();
                for (Duty duty : options) {
                    int[] covered = duty.getCoveredSlots().stream().mapToInt(slotIndex::get).toArray();
                    byShift.computeIfAbsent(duty.getShift(), s -> new ArrayList<>()).add(covered);
                    k.append(duty.getId()).append(',');
                }
                choices[d] = byShift.entrySet().stream()
                        .map(e -> new ShiftChoice(e.getKey(), e.getValue().toArray(int[][]::new)))
                        .toArray(ShiftChoice[]::new);
                maxChoices = Math.max(maxChoices, choices[d].length);
                k.append(mayRest[d] ? ';' : '!');
            }
            maxRun = agent.getRules().maxConsecutiveDays();
            capUnits = agent.getContractMinutesPerWeek() / UNIT;
            minRest = agent.getRules().minRestMinutes();
            history = agent.getHistory();
            key = k.append('|').append(maxRun).append('|').append(capUnits).append('|').append(minRest)
                    .append('|').append(history.consecutiveDaysWorked()).append('|').append(history.lastShiftEndMinute()).toString();
            prevStates = maxChoices + 1;
            runStates = maxRun + 1;
            unitStates = capUnits + 1;
        }

        private int state(int prev, int run, int units) {
            return (prev * runStates + run) * unitStates + units;
        }

        /** Best lambda-weighted coverage of one agent's schedule; adds count x its coverage to present. */
        double bestSchedule(double[] lambda, int[] present, Scratch scratch) {
            int states = prevStates * runStates * unitStates;
            if (scratch.value.length < states || scratch.from.length < days) {
                scratch.value = new double[states];
                scratch.next = new double[states];
                scratch.from = new int[days][states];
            } else if (scratch.from[0].length < states) {
                scratch.from = new int[Math.max(days, scratch.from.length)][states];
            }
            value = scratch.value;
            next = scratch.next;
            from = scratch.from;
            this.states = states;
            // the value and best queue of each shift choice today
            double[][] gain = new double[days][];
            int[][] pick = new int[days][];
            for (int d = 0; d < days; d++) {
                gain[d] = new double[choices[d].length];
                pick[d] = new int[choices[d].length];
                for (int c = 0; c < choices[d].length; c++) {
                    double bestGain = NEG;
                    int[][] duties = choices[d][c].coverage;
                    for (int q = 0; q < duties.length; q++) {
                        double g = 0;
                        for (int s : duties[q]) {
                            g += lambda[s];
                        }
                        if (g > bestGain) {
                            bestGain = g;
                            pick[d][c] = q;
                        }
                    }
                    gain[d][c] = bestGain;
                }
            }
            Arrays.fill(value, 0, states, NEG);
            int run0 = Math.min(history.consecutiveDaysWorked(), maxRun + 1);
            double startRunOverflow = history.consecutiveDaysWorked();
            for (int d = 0; d < days; d++) {
                Arrays.fill(next, 0, states, NEG);
                boolean newWeek = d > 0 && weekOfDay[d] != weekOfDay[d - 1];
                if (d == 0) {
                    // only the start state
                    relaxFromStart(gain, startRunOverflow, run0);
                } else {
                    for (int st = 0; st < states; st++) {
                        double v = value[st];
                        if (v == NEG) {
                            continue;
                        }
                        int units = st % unitStates;
                        int run = (st / unitStates) % runStates;
                        int prev = st / unitStates / runStates;
                        int unitsToday = newWeek ? 0 : units;
                        if (mayRest[d]) {
                            relax(d, state(0, 0, unitsToday), v, st);
                        }
                        for (int c = 0; c < choices[d].length; c++) {
                            ShiftChoice choice = choices[d][c];
                            int u = unitsToday + choice.units;
                            if (run + 1 > maxRun || u > capUnits) {
                                continue;
                            }
                            if (prev > 0 && choice.shift.getStartMinute() - choices[d - 1][prev - 1].shift.getEndMinute() < minRest) {
                                continue;
                            }
                            relax(d, state(c + 1, run + 1, u), v + gain[d][c], st);
                        }
                    }
                }
                double[] t = value;
                value = next;
                next = t;
            }
            int bestState = -1;
            double best = NEG;
            for (int st = 0; st < states; st++) {
                if (value[st] > best) {
                    best = value[st];
                    bestState = st;
                }
            }
            if (bestState < 0) {
                return 0; // no feasible schedule at all (cannot happen: resting every day is always allowed unless pinned)
            }
            // walk back and add the coverage
            int st = bestState;
            for (int d = days - 1; d >= 0; d--) {
                int prev = st / unitStates / runStates;
                if (prev > 0) {
                    int c = prev - 1;
                    for (int s : choices[d][c].coverage[pick[d][c]]) {
                        present[s] += count;
                    }
                }
                st = from[d][st];
            }
            return best;
        }

        private void relaxFromStart(double[][] gain, double historyRun, int run0) {
            if (mayRest[0]) {
                relax(0, state(0, 0, 0), 0, 0);
            }
            for (int c = 0; c < choices[0].length; c++) {
                ShiftChoice choice = choices[0][c];
                if (historyRun + 1 > maxRun || choice.units > capUnits) {
                    continue;
                }
                Integer lastEnd = history.lastShiftEndMinute();
                if (lastEnd != null && choice.shift.getStartMinute() - lastEnd < minRest) {
                    continue;
                }
                relax(0, state(c + 1, run0 + 1, choice.units), gain[0][c], 0);
            }
        }

        private void relax(int day, int target, double v, int source) {
            if (v > next[target]) {
                next[target] = v;
                from[day][target] = source;
            }
        }
    }

    private static final class Scratch {
        double[] value = new double[0];
        double[] next = new double[0];
        int[][] from = new int[0][0];
    }

    private final Scratch scratch = new Scratch();

    private record ShiftChoice(ShiftOption shift, int[][] coverage, int units) {
        ShiftChoice(ShiftOption shift, int[][] coverage) {
            this(shift, coverage, shift.getPaidMinutes() / UNIT);
        }
    }
}
