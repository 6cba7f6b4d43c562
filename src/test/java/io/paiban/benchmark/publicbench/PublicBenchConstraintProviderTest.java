package io.paiban.benchmark.publicbench;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import static io.paiban.benchmark.publicbench.BenchFixtures.facts;
import static io.paiban.benchmark.publicbench.BenchFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One ConstraintVerifier test per rule with a positive case, a negative case and the boundary (exactly at the
 * limit, or a run touching the horizon edge). Contract fields in {@link BenchFixtures#single(int, String, String)}:
 * MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends.
 */
class PublicBenchConstraintProviderTest {

    private static final ConstraintVerifier<PublicBenchConstraintProvider, Schedule> verifier =
            ConstraintVerifier.build(new PublicBenchConstraintProvider(), Schedule.class, EmployeeDay.class);

    private static final String LOOSE = "100000,0,100000,0,0,100000";

    @Test
    void fixedDayOff() {
        BenchInstance instance = single(3, LOOSE, "SECTION_DAYS_OFF\nA,1\n");
        verifier.verifyThat(PublicBenchConstraintProvider::fixedDayOff).given(facts(instance, "EEE")).penalizesBy(1);
        verifier.verifyThat(PublicBenchConstraintProvider::fixedDayOff).given(facts(instance, "E.E")).penalizesBy(0);
        verifier.verifyThat(PublicBenchConstraintProvider::fixedDayOff).given(facts(instance, "LL.")).penalizesBy(1);
    }

    @Test
    void forbiddenSuccession() {
        BenchInstance instance = single(4);
        verifier.verifyThat(PublicBenchConstraintProvider::forbiddenSuccession).given(facts(instance, "LELE"))
                .penalizesBy(2);
        verifier.verifyThat(PublicBenchConstraintProvider::forbiddenSuccession).given(facts(instance, "ELLL"))
                .penalizesBy(0);
        // boundary: a day off between L and E breaks the succession
        verifier.verifyThat(PublicBenchConstraintProvider::forbiddenSuccession).given(facts(instance, "L.E."))
                .penalizesBy(0);
    }

    @Test
    void maxShiftsPerType() {
        BenchInstance instance = BenchFixtures.parse("limited", """
                SECTION_HORIZON
                4
                SECTION_SHIFTS
                E,480,
                L,480,
                SECTION_STAFF
                A,E=4|L=2,100000,0,100000,0,0,100000
                """);
        verifier.verifyThat(PublicBenchConstraintProvider::maxShiftsPerType).given(facts(instance, "LLLL"))
                .penalizesBy(2);
        verifier.verifyThat(PublicBenchConstraintProvider::maxShiftsPerType).given(facts(instance, "EEEE"))
                .penalizesBy(0);
        verifier.verifyThat(PublicBenchConstraintProvider::maxShiftsPerType).given(facts(instance, "LL.E"))
                .penalizesBy(0);
    }

    @Test
    void maxTotalMinutes() {
        BenchInstance instance = single(4, "1440,0,100000,0,0,100000", "");
        verifier.verifyThat(PublicBenchConstraintProvider::maxTotalMinutes).given(facts(instance, "EEEE"))
                .penalizesBy(480);
        verifier.verifyThat(PublicBenchConstraintProvider::maxTotalMinutes).given(facts(instance, "E..."))
                .penalizesBy(0);
        verifier.verifyThat(PublicBenchConstraintProvider::maxTotalMinutes).given(facts(instance, "EE.L"))
                .penalizesBy(0);
    }

    @Test
    void minTotalMinutes() {
        BenchInstance instance = single(4, "100000,960,100000,0,0,100000", "");
        verifier.verifyThat(PublicBenchConstraintProvider::minTotalMinutes).given(facts(instance, "...."))
                .penalizesBy(960);
        verifier.verifyThat(PublicBenchConstraintProvider::minTotalMinutes).given(facts(instance, "E..."))
                .penalizesBy(480);
        verifier.verifyThat(PublicBenchConstraintProvider::minTotalMinutes).given(facts(instance, "E..L"))
                .penalizesBy(0);
        verifier.verifyThat(PublicBenchConstraintProvider::minTotalMinutes).given(facts(instance, "EEEE"))
                .penalizesBy(0);
    }

    @Test
    void maxConsecutiveShifts() {
        BenchInstance instance = single(7, "100000,0,3,0,0,100000", "");
        verifier.verifyThat(PublicBenchConstraintProvider::maxConsecutiveShifts).given(facts(instance, "EEEEEEE"))
                .penalizesBy(4);
        verifier.verifyThat(PublicBenchConstraintProvider::maxConsecutiveShifts).given(facts(instance, "EEE.EEE"))
                .penalizesBy(0);
        // boundary: a run of 4 at the horizon end counts (no exemption for the maximum)
        verifier.verifyThat(PublicBenchConstraintProvider::maxConsecutiveShifts).given(facts(instance, "EE.EEEE"))
                .penalizesBy(1);
    }

    @Test
    void minConsecutiveShifts() {
        BenchInstance instance = single(7, "100000,0,100000,3,0,100000", "");
        verifier.verifyThat(PublicBenchConstraintProvider::minConsecutiveShifts).given(facts(instance, ".E..LE."))
                .penalizesBy(2 + 1);
        verifier.verifyThat(PublicBenchConstraintProvider::minConsecutiveShifts).given(facts(instance, ".EEE..."))
                .penalizesBy(0);
        // boundary: short runs touching the first or last day are exempt
        verifier.verifyThat(PublicBenchConstraintProvider::minConsecutiveShifts).given(facts(instance, "E....EE"))
                .penalizesBy(0);
    }

    @Test
    void minConsecutiveDaysOff() {
        BenchInstance instance = single(7, "100000,0,100000,0,2,100000", "");
        verifier.verifyThat(PublicBenchConstraintProvider::minConsecutiveDaysOff).given(facts(instance, "E.E.EEE"))
                .penalizesBy(2);
        verifier.verifyThat(PublicBenchConstraintProvider::minConsecutiveDaysOff).given(facts(instance, "EE..EEE"))
                .penalizesBy(0);
        // boundary: single days off at the first and last day are exempt
        verifier.verifyThat(PublicBenchConstraintProvider::minConsecutiveDaysOff).given(facts(instance, ".EEEEE."))
                .penalizesBy(0);
    }

    @Test
    void maxWorkingWeekends() {
        BenchInstance instance = single(14, "100000,0,100000,0,0,1", "");
        verifier.verifyThat(PublicBenchConstraintProvider::maxWorkingWeekends)
                .given(facts(instance, ".....E......E.")).penalizesBy(1);
        verifier.verifyThat(PublicBenchConstraintProvider::maxWorkingWeekends)
                .given(facts(instance, "EEEEE..EEEEE..")).penalizesBy(0);
        // boundary: Saturday and Sunday of one weekend count once
        verifier.verifyThat(PublicBenchConstraintProvider::maxWorkingWeekends)
                .given(facts(instance, ".....EE.......")).penalizesBy(0);
    }

    @Test
    void shiftRequestsAndCover() {
        BenchInstance instance = single(2, LOOSE, """
                SECTION_SHIFT_ON_REQUESTS
                A,0,E,5
                SECTION_SHIFT_OFF_REQUESTS
                A,1,L,4
                SECTION_COVER
                1,L,0,7,3
                0,E,1,7,3
                """);
        verifier.verifyThat(PublicBenchConstraintProvider::shiftOnRequest).given(facts(instance, "LL")).penalizesBy(5);
        verifier.verifyThat(PublicBenchConstraintProvider::shiftOnRequest).given(facts(instance, "E.")).penalizesBy(0);
        verifier.verifyThat(PublicBenchConstraintProvider::shiftOffRequest).given(facts(instance, "LL")).penalizesBy(4);
        verifier.verifyThat(PublicBenchConstraintProvider::shiftOffRequest).given(facts(instance, "LE")).penalizesBy(0);
        verifier.verifyThat(PublicBenchConstraintProvider::coverUnder).given(facts(instance, "..")).penalizesBy(7);
        verifier.verifyThat(PublicBenchConstraintProvider::coverUnder).given(facts(instance, "E.")).penalizesBy(0);
        verifier.verifyThat(PublicBenchConstraintProvider::coverOver).given(facts(instance, "EL")).penalizesBy(3);
        verifier.verifyThat(PublicBenchConstraintProvider::coverOver).given(facts(instance, "E.")).penalizesBy(0);
    }

    @Test
    void aRequestGivenTwiceCostsTwice() {
        BenchInstance instance = single(1, LOOSE, "SECTION_SHIFT_ON_REQUESTS\nA,0,E,5\nA,0,E,5\n");
        verifier.verifyThat(PublicBenchConstraintProvider::shiftOnRequest).given(facts(instance, "L")).penalizesBy(10);
        assertEquals(10, Evaluator.evaluate(instance, BenchFixtures.grid(instance, "L")).objective());
    }
}
