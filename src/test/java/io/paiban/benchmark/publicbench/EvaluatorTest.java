package io.paiban.benchmark.publicbench;

import org.junit.jupiter.api.Test;

import static io.paiban.benchmark.publicbench.BenchFixtures.grid;
import static io.paiban.benchmark.publicbench.BenchFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The evaluator on hand-built instances whose objective and hard penalties are worked out by hand. Contract fields
 * in {@link BenchFixtures#single(int, String, String)}: MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts,
 * MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends.
 */
class EvaluatorTest {

    private static long hard(BenchInstance instance, String... rows) {
        return Evaluator.evaluate(instance, grid(instance, rows)).hardPenalty();
    }

    private static long objective(BenchInstance instance, String... rows) {
        return Evaluator.evaluate(instance, grid(instance, rows)).objective();
    }

    @Test
    void objectiveOfTheTinyInstanceByHand() {
        BenchInstance tiny = BenchFixtures.tiny();
        // A: E E E . . E E   (day 3 fixed off; on-request A,0,E met)
        // B: E E . . E E .   (on-request B,4,E met)
        // C: L L . L L L .   (off-request C,1,L breached: 2)
        // D: . . E E . L L   (off-request D,2,E breached: 3; on-request D,5,L met)
        Evaluator.Result r = Evaluator.evaluate(tiny, grid(tiny,
                "EEE..EE", "EE..EE.", "LL.LLL.", "..EE.LL"));
        // cover (E,L) per day, wanted: d0 (2,1) have (2,1); d1 (2,1) have (2,1); d2 (1,1) have (2,0): over 1 + under 100;
        // d3 (2,0) have (1,1): under 100 + over 1; d4 (2,1) have (1,1): under 100; d5 (1,1) have (2,2): over 1 + 1;
        // d6 (1,0) have (1,1): over 1
        assertEquals(2 + 3 + 1 + 100 + 100 + 1 + 100 + 1 + 1 + 1, r.objective());
    }

    @Test
    void unmetOnRequestAndUncoveredShiftCost() {
        BenchInstance one = single(2, "100000,0,100000,0,0,100000", """
                SECTION_SHIFT_ON_REQUESTS
                A,0,E,5
                SECTION_COVER
                1,L,2,7,3
                """);
        assertEquals(5 + 2 * 7, objective(one, ".."));
        assertEquals(5 + 7, objective(one, "LL"));
        assertEquals(7, objective(one, "EL"));
        assertEquals(2 * 7, objective(one, "E."));
    }

    @Test
    void fixedDayOffSuccessionAndMaxShiftsPerType() {
        BenchInstance off = single(3, "100000,0,100000,0,0,100000", "SECTION_DAYS_OFF\nA,1\n");
        assertEquals(0, hard(off, "E.E"));
        assertEquals(1, hard(off, "EEE"));
        BenchInstance loose = single(3);
        assertEquals(1, hard(loose, "LE."));
        assertEquals(0, hard(loose, "EL."));
        assertEquals(0, hard(loose, "L.E"));
        BenchInstance limited = parseWithMaxShifts(3, 1);
        assertEquals(0, hard(limited, "L.."));
        assertEquals(1, hard(limited, "LL."));
    }

    private static BenchInstance parseWithMaxShifts(int horizon, int maxL) {
        return BenchFixtures.parse("limited", """
                SECTION_HORIZON
                %d
                SECTION_SHIFTS
                E,480,
                L,480,E
                SECTION_STAFF
                A,E=%d|L=%d,100000,0,100000,0,0,100000
                """.formatted(horizon, horizon, maxL));
    }

    @Test
    void totalMinutesInMinutes() {
        BenchInstance minutes = single(4, "1440,960,100000,0,0,100000", "");
        assertEquals(0, hard(minutes, "EE.."));
        assertEquals(0, hard(minutes, "EEE."));
        assertEquals(480, hard(minutes, "EEEE"));
        assertEquals(480, hard(minutes, "E..."));
        assertEquals(960, hard(minutes, "...."));
    }

    @Test
    void maxConsecutiveShiftsCountsRunsAtTheEdges() {
        BenchInstance max3 = single(7, "100000,0,3,0,0,100000", "");
        assertEquals(0, hard(max3, "EEE.EEE"));
        assertEquals(1, hard(max3, "EEEE..."));
        assertEquals(1, hard(max3, "...EEEE"));
        assertEquals(4, hard(max3, "EEEEEEE"));
    }

    /**
     * Convention: a run of working days that touches the first or the last day of the horizon is not held to the
     * minimum, because it may continue before or after the horizon (the benchmark's model states the rule only
     * for runs between two days off inside the horizon).
     */
    @Test
    void minConsecutiveShiftsExemptsRunsTouchingTheHorizonEdges() {
        BenchInstance min3 = single(7, "100000,0,100000,3,0,100000", "");
        assertEquals(0, hard(min3, "EE....."), "run at the start");
        assertEquals(0, hard(min3, ".....EE"), "run at the end");
        assertEquals(0, hard(min3, "E.....E"), "one day at each edge");
        assertEquals(2, hard(min3, ".E....."), "interior run of 1");
        assertEquals(1, hard(min3, "....EE."), "interior run of 2, ending on the day before the last");
        assertEquals(0, hard(min3, ".EEE..."), "interior run of exactly 3");
        assertEquals(0, hard(min3, "EEEEEEE"));
        assertEquals(0, hard(min3, "......."));
    }

    /** Same convention for days off: a run of days off touching an edge may continue outside the horizon. */
    @Test
    void minConsecutiveDaysOffExemptsRunsTouchingTheHorizonEdges() {
        BenchInstance min2 = single(7, "100000,0,100000,0,2,100000", "");
        assertEquals(0, hard(min2, ".EEEEEE"), "day off at the start");
        assertEquals(0, hard(min2, "EEEEEE."), "day off at the end");
        assertEquals(1, hard(min2, "E.EEEEE"), "interior day off of 1");
        assertEquals(0, hard(min2, "EE..EEE"), "interior run of exactly 2");
        assertEquals(2, hard(min2, "E.E.EEE"), "two interior runs of 1");
    }

    @Test
    void weekendsAreSaturdayOrSundayIncludingOneCutByTheHorizon() {
        BenchInstance fortnight = single(14, "100000,0,100000,0,0,1", "");
        assertEquals(0, hard(fortnight, ".....E........"));
        assertEquals(0, hard(fortnight, ".....EE......."), "both days of one weekend count once");
        assertEquals(1, hard(fortnight, "......E.....E."));
        BenchInstance cut = single(6, "100000,0,100000,0,0,0", "");
        assertEquals(1, hard(cut, ".....E"), "Saturday on the last day of the horizon");
        assertEquals(0, hard(cut, "EEEEE."));
    }
}
