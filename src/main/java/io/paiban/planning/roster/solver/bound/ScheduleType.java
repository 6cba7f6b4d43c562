package io.paiban.planning.roster.solver.bound;

import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.AgentHistory;
import io.paiban.planning.roster.solver.CoverageSlot;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.planning.roster.solver.ShiftOption;
import io.paiban.planning.roster.solver.Unavailability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agents with the same duty options, contract, rules, history and leave: they have the same set of feasible
 * schedules, so the relaxation prices them once. The pricing problem "best schedule for slot weights pi" is a
 * dynamic programme over the days with state (previous day's shift, working run length, contract units used this
 * calendar week); it keeps the per-agent hard rules: duty options (certification, night eligibility, flex days),
 * approved leave, pinned days, weekly contract minutes, consecutive days with the history, minimum rest between
 * shifts and after the history's last shift.
 */
final class ScheduleType {

    static final double NEG = Double.NEGATIVE_INFINITY;

    final String key;
    final List<RosterAgent> agents = new ArrayList<>();
    final List<List<AgentDay>> agentDays = new ArrayList<>();
    private final int days;
    private final int[] weekOfDay;
    private final Choice[][] choices; // per day, the shifts the agent may work, each with its queues' coverage
    private final boolean[] mayRest;  // per day, whether a day off is allowed (false only when pinned to a duty)
    private final int maxRun;
    private final int capUnits;
    private final int unit;
    private final int minRest;
    private final AgentHistory history;
    private final int runStates;
    private final int unitStates;
    private final int states;

    /** One shift on one day with its duties (one per queue) and their covered slot indices. */
    private record Choice(ShiftOption shift, Duty[] duties, int[][] coverage, int units) {
    }

    ScheduleType(RosterAgent agent, List<AgentDay> daysOfAgent, List<Unavailability> leave, Map<CoverageSlot, Integer> slotIndex) {
        List<AgentDay> sorted = new ArrayList<>(daysOfAgent);
        sorted.sort(Comparator.comparingInt(AgentDay::getDayIndex));
        days = sorted.size();
        weekOfDay = new int[days];
        choices = new Choice[days][];
        mayRest = new boolean[days];
        StringBuilder k = new StringBuilder();
        int gcd = agent.getContractMinutesPerWeek();
        List<Map<ShiftOption, List<Duty>>> byDay = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            AgentDay day = sorted.get(d);
            if (day.getDayIndex() != d) {
                throw new IllegalArgumentException("agent " + agent + " lacks day " + d);
            }
            weekOfDay[d] = day.getWeekIndex();
            List<Duty> options = day.isPinned() ? (day.getDuty() == null ? List.of() : List.of(day.getDuty())) : day.getDutyOptions();
            mayRest[d] = !day.isPinned() || day.getDuty() == null;
            Map<ShiftOption, List<Duty>> byShift = new LinkedHashMap<>();
            for (Duty duty : options) {
                if (!day.isPinned() && leave.stream().anyMatch(u -> u.conflictMinutes(duty.getShift()) > 0)) {
                    continue; // breaks "Approved leave respected": no roster without hard breaches has it
                }
                byShift.computeIfAbsent(duty.getShift(), s -> new ArrayList<>()).add(duty);
                k.append(duty.getId()).append(',');
                gcd = gcd(gcd, duty.getShift().getPaidMinutes());
            }
            byDay.add(byShift);
            k.append(mayRest[d] ? ';' : '!');
        }
        // contract minutes in units: exact when every paid length is a multiple of 30 (or of a coarser common unit);
        // otherwise whole half hours rounded down, which only enlarges the schedule set (the bound stays valid)
        unit = gcd >= 30 ? gcd : 30;
        int maxChoices = 0;
        for (int d = 0; d < days; d++) {
            choices[d] = byDay.get(d).entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue().toArray(Duty[]::new),
                    e.getValue().stream().map(duty -> duty.getCoveredSlots().stream().mapToInt(slotIndex::get).toArray()).toArray(int[][]::new),
                    e.getKey().getPaidMinutes() / unit)).toArray(Choice[]::new);
            maxChoices = Math.max(maxChoices, choices[d].length);
        }
        maxRun = agent.getRules().maxConsecutiveDays();
        capUnits = Math.max(0, agent.getContractMinutesPerWeek() / unit);
        minRest = agent.getRules().minRestMinutes();
        history = agent.getHistory();
        key = k.append('|').append(maxRun).append('|').append(capUnits).append('|').append(unit).append('|').append(minRest)
                .append('|').append(history.consecutiveDaysWorked()).append('|').append(history.lastShiftEndMinute()).toString();
        runStates = Math.min(maxRun, days + history.consecutiveDaysWorked()) + 1;
        unitStates = capUnits + 1;
        states = (maxChoices + 1) * runStates * unitStates;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }

    int count() {
        return agents.size();
    }

    int days() {
        return days;
    }

    private int state(int prev, int run, int units) {
        return (prev * runStates + run) * unitStates + units;
    }

    /** A schedule: the duty per day (null = off), its covered slot indices and its weight under the pricing weights. */
    record Schedule(Duty[] duties, int[] coverage, double value, String key) {
    }

    /** Scratch arrays reused between types (the pricing of one relaxation runs on one thread). */
    static final class Scratch {
        double[] value = new double[0];
        double[] next = new double[0];
        int[][] from = new int[0][0];
    }

    /** The schedule of greatest {@code sum over covered slots of pi}, under the per-agent rules; null if none. */
    Schedule best(double[] pi, Scratch scratch) {
        if (scratch.value.length < states) {
            scratch.value = new double[states];
            scratch.next = new double[states];
        }
        if (scratch.from.length < days || scratch.from[0].length < states) {
            scratch.from = new int[Math.max(days, scratch.from.length)][Math.max(states, scratch.from.length == 0 ? 0 : scratch.from[0].length)];
        }
        double[] value = scratch.value;
        double[] next = scratch.next;
        int[][] from = scratch.from;
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
                        g += pi[s];
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
        for (int d = 0; d < days; d++) {
            Arrays.fill(next, 0, states, NEG);
            if (d == 0) {
                if (mayRest[0]) {
                    relax(next, from[0], state(0, 0, 0), 0, 0);
                }
                int historyRun = history.consecutiveDaysWorked();
                Integer lastEnd = history.lastShiftEndMinute();
                for (int c = 0; c < choices[0].length; c++) {
                    Choice choice = choices[0][c];
                    if (historyRun + 1 > maxRun || choice.units > capUnits
                            || (lastEnd != null && choice.shift.getStartMinute() - lastEnd < minRest)) {
                        continue;
                    }
                    relax(next, from[0], state(c + 1, Math.min(historyRun + 1, runStates - 1), choice.units), gain[0][c], 0);
                }
            } else {
                boolean newWeek = weekOfDay[d] != weekOfDay[d - 1];
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
                        relax(next, from[d], state(0, 0, unitsToday), v, st);
                    }
                    for (int c = 0; c < choices[d].length; c++) {
                        Choice choice = choices[d][c];
                        int u = unitsToday + choice.units;
                        if (run + 1 > maxRun || u > capUnits) {
                            continue;
                        }
                        if (prev > 0 && choice.shift.getStartMinute() - choices[d - 1][prev - 1].shift.getEndMinute() < minRest) {
                            continue;
                        }
                        relax(next, from[d], state(c + 1, run + 1, u), v + gain[d][c], st);
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
        scratch.value = value;
        scratch.next = next;
        if (bestState < 0) {
            return null; // pinned duties that break a rule together: no feasible schedule in this model
        }
        Duty[] duties = new Duty[days];
        List<int[]> parts = new ArrayList<>();
        int size = 0;
        StringBuilder key = new StringBuilder();
        int st = bestState;
        for (int d = days - 1; d >= 0; d--) {
            int prev = st / unitStates / runStates;
            if (prev > 0) {
                Choice choice = choices[d][prev - 1];
                int q = pick[d][prev - 1];
                duties[d] = choice.duties[q];
                parts.add(choice.coverage[q]);
                size += choice.coverage[q].length;
            }
            st = from[d][st];
        }
        int[] coverage = new int[size];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, coverage, at, part.length);
            at += part.length;
        }
        for (Duty duty : duties) {
            key.append(duty == null ? "-" : duty.getId()).append(',');
        }
        return new Schedule(duties, coverage, best, key.toString());
    }

    private static void relax(double[] next, int[] from, int target, double v, int source) {
        if (v > next[target]) {
            next[target] = v;
            from[target] = source;
        }
    }
}
