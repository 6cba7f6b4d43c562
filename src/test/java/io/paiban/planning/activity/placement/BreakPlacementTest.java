package io.paiban.planning.activity.placement;

import io.paiban.planning.activity.placement.BreakPlacement.Block;
import io.paiban.planning.activity.placement.BreakPlacement.Break;
import io.paiban.planning.activity.placement.BreakPlacement.Result;
import io.paiban.planning.activity.placement.BreakPlacement.Shift;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakPlacementTest {

    @Test
    void twoAgentsWithTheSameFixedBreakAreStaggered() {
        // slots 0..12, one queue needing 1 agent everywhere; both agents' break fixed at slot 4, window 2..8
        int[][] required = {filled(12, 1)};
        List<Shift> shifts = List.of(
                new Shift(0, 0, 12, List.of(), List.of(new Break(2, 2, 8, 4))),
                new Shift(0, 0, 12, List.of(), List.of(new Break(2, 2, 8, 4))));
        Result r = BreakPlacement.place(required, shifts);
        // fixed: both away in slots 4-5: 2 agent-slots short; placed: never both away
        assertEquals(2, r.fixed().shortfall());
        assertEquals(0, r.placed().shortfall());
        assertEquals(12, r.placed().covered());
        int a = r.starts().get(0)[0];
        int b = r.starts().get(1)[0];
        assertTrue(a + 2 <= b || b + 2 <= a, "breaks overlap: " + a + ", " + b);
    }

    @Test
    void breaksGoWhereTheMostAgentsAreSpare() {
        // demand 0 in slots 6-7, 1 elsewhere: with one agent the break should go to 6
        int[] need = filled(12, 1);
        need[6] = 0;
        need[7] = 0;
        Result r = BreakPlacement.place(new int[][]{need}, List.of(new Shift(0, 0, 12, List.of(), List.of(new Break(2, 2, 8, 3)))));
        assertEquals(6, r.starts().get(0)[0]);
        assertEquals(2, r.fixed().shortfall());
        assertEquals(0, r.placed().shortfall());
    }

    @Test
    void aBreakNeverOverlapsAMeetingAndStaysInItsWindow() {
        int[][] required = {filled(16, 0)};
        Shift s = new Shift(0, 0, 16, List.of(new Block(4, 8)), List.of(new Break(2, 3, 9, 9), new Break(4, 2, 12, 2)));
        Result r = BreakPlacement.place(required, List.of(s));
        int[] st = r.starts().get(0);
        for (int i = 0; i < st.length; i++) {
            Break b = s.breaks().get(i);
            assertTrue(st[i] >= b.earliest() && st[i] <= b.latest());
        }
        assertEquals(0, r.placed().shortfall());
    }

    @Test
    void placedNeverCoversLessThanFixedOnRandomFloors() {
        java.util.Random random = new java.util.Random(18);
        for (int round = 0; round < 50; round++) {
            int slots = 48;
            int[][] required = new int[2][slots];
            for (int[] q : required) {
                for (int t = 0; t < slots; t++) {
                    q[t] = random.nextInt(6);
                }
            }
            List<Shift> shifts = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                int start = random.nextInt(12);
                int end = start + 32;
                List<Block> off = random.nextBoolean() ? List.of(new Block(start, start + 4)) : List.of();
                shifts.add(new Shift(k % 2, start, end, off, List.of(new Break(1, start + 4, start + 10, start + 6),
                        new Break(4, start + 12, start + 18, start + 14), new Break(1, start + 20, start + 28, start + 24))));
            }
            Result r = BreakPlacement.place(required, shifts);
            assertTrue(r.placed().covered() >= r.fixed().covered(), "round " + round + ": " + r);
            assertEquals(r.placed().covered() + r.placed().shortfall(), Arrays.stream(required).flatMapToInt(Arrays::stream).sum());
        }
    }

    @Test
    void aSingleBreakWithoutBetterPlaceStaysAtItsFixedStart() {
        Result r = BreakPlacement.place(new int[][]{filled(10, 0)}, List.of(new Shift(0, 0, 10, List.of(), List.of(new Break(1, 2, 6, 4)))));
        assertEquals(4, r.starts().get(0)[0]);
        assertNotEquals(-1, r.moves());
    }

    private static int[] filled(int n, int v) {
        int[] a = new int[n];
        Arrays.fill(a, v);
        return a;
    }
}
