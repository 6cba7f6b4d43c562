package io.paiban.planning.activity.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * Places every agent's breaks and lunch in their windows after the shift solve, staggered so that coverage is least
 * hurt. Time is in slots (15 minutes in Paiban) from a common origin; each shift is on one queue.
 *
 * <p>It starts from the fixed plan (every break at its fixed start) and improves it by local search: a move takes
 * one break out and puts it back at the best start of its window that does not overlap the agent's other breaks or
 * activities. The cost of a plan is, over every queue and slot,
 * {@code SHORT_WEIGHT * max(0, required - onQueue) + (onQueue - required)^2}: the first term is the coverage lost
 * (agent-slots short of the requirement), the second spreads the breaks over the slots with the most agents to
 * spare. A move is made only when it lowers the cost, and since one move changes the squared term by far less than
 * {@code SHORT_WEIGHT}, the shortfall never grows: the placed plan covers at least as much as the fixed one.
 */
public final class BreakPlacement {

    /** Weight of one agent-slot short; larger than any change of the squared term a single move can make. */
    static final long SHORT_WEIGHT = 1_000_000_000L;
    static final int MAX_PASSES = 50;

    private BreakPlacement() {
    }

    /** [start, end) in slots. */
    public record Block(int start, int end) {
        public Block {
            if (end <= start) {
                throw new IllegalArgumentException("empty block " + start + ".." + end);
            }
        }

        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    /** A break to place: length and the window of its start, in slots; fixed: the start without placement. */
    public record Break(int length, int earliest, int latest, int fixed) {
        public Break {
            if (length < 1 || latest < earliest) {
                throw new IllegalArgumentException("bad break window");
            }
        }
    }

    /** One agent's shift on one queue: [start, end) slots, blocks already off the queue (meetings, training), breaks. */
    public record Shift(int queue, int start, int end, List<Block> off, List<Break> breaks) {
        public Shift {
            off = List.copyOf(off);
            breaks = List.copyOf(breaks);
        }
    }

    /** Agent-slots covered (min of on-queue and required, summed) and short (required not met, summed). */
    public record Coverage(long covered, long shortfall) {
    }

    /** @param starts per shift (input order) the start slot of each break (input order) */
    public record Result(List<int[]> starts, Coverage fixed, Coverage placed, int moves) {
    }

    /**
     * @param required agents required per queue and slot ({@code required[queue][slot]}); slots beyond an array's
     *                 end require nobody
     */
    public static Result place(int[][] required, List<Shift> shifts) {
        int slotCount = 0;
        for (int[] r : required) {
            slotCount = Math.max(slotCount, r.length);
        }
        for (Shift s : shifts) {
            slotCount = Math.max(slotCount, s.end());
        }
        int[][] need = new int[required.length][slotCount];
        for (int q = 0; q < required.length; q++) {
            System.arraycopy(required[q], 0, need[q], 0, required[q].length);
        }
        int[][] on = new int[required.length][slotCount];
        List<int[]> offCount = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        for (Shift s : shifts) {
            int[] off = new int[s.end() - s.start()];
            for (Block b : s.off()) {
                for (int t = Math.max(b.start(), s.start()); t < Math.min(b.end(), s.end()); t++) {
                    off[t - s.start()]++;
                }
            }
            int[] st = new int[s.breaks().size()];
            for (int i = 0; i < st.length; i++) {
                Break b = s.breaks().get(i);
                st[i] = Math.max(b.earliest(), Math.min(b.latest(), b.fixed()));
                for (int t = Math.max(st[i], s.start()); t < Math.min(st[i] + b.length(), s.end()); t++) {
                    off[t - s.start()]++;
                }
            }
            for (int t = s.start(); t < s.end(); t++) {
                if (t >= 0 && off[t - s.start()] == 0) {
                    on[s.queue()][t]++;
                }
            }
            offCount.add(off);
            starts.add(st);
        }
        Coverage fixed = coverage(need, on);
        int moves = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int k = 0; k < shifts.size(); k++) {
                Shift s = shifts.get(k);
                int[] off = offCount.get(k);
                int[] st = starts.get(k);
                for (int i = 0; i < st.length; i++) {
                    Break b = s.breaks().get(i);
                    take(s, off, on, st[i], b.length(), -1);
                    long currentCost = addCost(s, off, on, need, st[i], b.length());
                    int best = st[i];
                    long bestCost = currentCost;
                    for (int c = b.earliest(); c <= b.latest(); c++) {
                        if (c == st[i] || c < s.start() || c + b.length() > s.end() || blocked(s, off, c, b.length())) {
                            continue;
                        }
                        long cost = addCost(s, off, on, need, c, b.length());
                        if (cost < bestCost || (cost == bestCost && best != st[i]
                                && Math.abs(c - b.fixed()) < Math.abs(best - b.fixed()))) {
                            best = c;
                            bestCost = cost;
                        }
                    }
                    if (bestCost < currentCost) {
                        st[i] = best;
                        moves++;
                        improved = true;
                    }
                    take(s, off, on, st[i], b.length(), +1);
                }
            }
            if (!improved) {
                break;
            }
        }
        return new Result(starts, fixed, coverage(need, on), moves);
    }

    /** Whether [from, from+len) meets another break or activity of the shift (the break itself is taken out). */
    private static boolean blocked(Shift s, int[] off, int from, int len) {
        for (int t = from; t < from + len; t++) {
            if (off[t - s.start()] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Adds (+1) or removes (-1) a break: marks its slots off and updates the queue's on-queue counts. */
    private static void take(Shift s, int[] off, int[][] on, int from, int len, int sign) {
        for (int t = Math.max(from, s.start()); t < Math.min(from + len, s.end()); t++) {
            int before = off[t - s.start()];
            off[t - s.start()] += sign;
            if (t < 0) {
                continue;
            }
            if (sign > 0 && before == 0) {
                on[s.queue()][t]--;
            } else if (sign < 0 && before == 1) {
                on[s.queue()][t]++;
            }
        }
    }

    /** Change of the plan's cost if the break went to [from, from+len). */
    private static long addCost(Shift s, int[] off, int[][] on, int[][] need, int from, int len) {
        long delta = 0;
        for (int t = Math.max(from, s.start()); t < Math.min(from + len, s.end()); t++) {
            if (t < 0 || off[t - s.start()] > 0) {
                continue;
            }
            int o = on[s.queue()][t];
            int r = need[s.queue()][t];
            delta += cost(o - 1, r) - cost(o, r);
        }
        return delta;
    }

    static long cost(int on, int required) {
        long d = on - required;
        return SHORT_WEIGHT * Math.max(0, required - on) + d * d;
    }

    public static Coverage coverage(int[][] need, int[][] on) {
        long covered = 0;
        long shortfall = 0;
        for (int q = 0; q < need.length; q++) {
            for (int t = 0; t < need[q].length; t++) {
                covered += Math.min(Math.max(on[q][t], 0), need[q][t]);
                shortfall += Math.max(0, need[q][t] - on[q][t]);
            }
        }
        return new Coverage(covered, shortfall);
    }
}
