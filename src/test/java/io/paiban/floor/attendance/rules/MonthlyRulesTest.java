package io.paiban.floor.attendance.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthlyRulesTest {

    static final AttendancePolicy POLICY = AttendancePolicy.DEFAULTS;

    static ShiftOutcome onTime() {
        return new ShiftOutcome(Outcome.ON_TIME, null, null, 0, Tier.NONE, 0, Tier.NONE, 0, 0, 0, false, 0, 0,
                BigDecimal.ZERO, 28_800, 28_800, List.of());
    }

    static ShiftOutcome late(int minutes) {
        Tier tier = POLICY.tier(minutes);
        return new ShiftOutcome(tier == Tier.ABSENCE ? Outcome.ABSENCE : Outcome.LATE, null, null, minutes, tier, 0, Tier.NONE, 0, 0, 0,
                false, tier.isFined() ? 1 : 0, tier == Tier.ABSENCE ? 1 : 0, POLICY.fine(tier), 28_800, 28_800 - minutes * 60L, List.of());
    }

    static ShiftOutcome noShow() {
        return new ShiftOutcome(Outcome.NO_SHOW, null, null, 0, Tier.NONE, 0, Tier.NONE, 0, 0, 0, false, 0, 1,
                BigDecimal.ZERO, 28_800, 0, List.of());
    }

    static List<ShiftOutcome> month(ShiftOutcome... special) {
        List<ShiftOutcome> shifts = new ArrayList<>(Collections.nCopies(20, onTime()));
        shifts.addAll(List.of(special));
        return shifts;
    }

    @Test
    void cleanMonthKeepsTheWholeBonus() {
        MonthTotals t = MonthlyRules.summarise(POLICY, month(), 0);
        assertTrue(t.bonusKept());
        assertEquals(0, new BigDecimal("200.00").compareTo(t.bonusPayable()));
        assertEquals(1.0, t.adherence());
        assertFalse(t.dismissalFlag());
    }

    @Test
    void twoLatesAreDeductedFromTheBonus() {
        MonthTotals t = MonthlyRules.summarise(POLICY, month(late(5), late(15)), 0);
        assertTrue(t.bonusKept());
        assertEquals(0, t.absences());
        assertEquals(0, new BigDecimal("170.00").compareTo(t.bonusPayable()));
    }

    @Test
    void thirdLateLosesTheBonusAndCountsOneAbsence() {
        MonthTotals t = MonthlyRules.summarise(POLICY, month(late(5), late(15), late(1)), 0);
        assertFalse(t.bonusKept());
        assertEquals(1, t.absences());
        assertEquals(0, BigDecimal.ZERO.compareTo(t.bonusPayable()));
        assertEquals(0, new BigDecimal("40.00").compareTo(t.lateFines()));
        assertFalse(t.dismissalFlag());
    }

    @Test
    void sixLatesAreTwoAbsencesAndFlagDismissal() {
        MonthTotals t = MonthlyRules.summarise(POLICY, month(late(1), late(2), late(3), late(4), late(5), late(6)), 0);
        assertEquals(2, t.absences());
        assertTrue(t.dismissalFlag());
    }

    @Test
    void oneAbsenceLosesTheBonusTwoFlagDismissal() {
        MonthTotals one = MonthlyRules.summarise(POLICY, month(noShow()), 0);
        assertFalse(one.bonusKept());
        assertEquals(1, one.noShows());
        assertFalse(one.dismissalFlag());
        MonthTotals two = MonthlyRules.summarise(POLICY, month(noShow(), late(31)), 0);
        assertEquals(2, two.absences());
        assertTrue(two.dismissalFlag());
        assertEquals(List.of("2 absences"), two.flagReasons());
    }

    @ParameterizedTest(name = "{0} complaints cost {1}")
    @CsvSource({"0, 0, false", "1, 50, false", "2, 150, false", "3, 250, true"})
    void complaintFinesDoubleAndTheThirdFlagsDismissal(int complaints, BigDecimal fines, boolean flagged) {
        MonthTotals t = MonthlyRules.summarise(POLICY, month(), complaints);
        assertEquals(0, fines.compareTo(t.complaintFines()));
        assertEquals(flagged, t.dismissalFlag());
        assertTrue(t.bonusKept(), "complaints are fines, not attendance");
    }
}
