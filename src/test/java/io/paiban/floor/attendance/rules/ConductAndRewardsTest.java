package io.paiban.floor.attendance.rules;

import io.paiban.floor.attendance.rules.ConductRules.Consequence;
import io.paiban.floor.attendance.rules.ConductRules.Violation;
import io.paiban.floor.attendance.rules.Rewards.AwardPolicy;
import io.paiban.floor.attendance.rules.Rewards.MentorAward;
import io.paiban.floor.attendance.rules.Rewards.Trainee;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per conduct tier and award, with the amounts of DOMAIN.md (seed 004). */
class ConductAndRewardsTest {

    static final ConductPolicy P = ConductPolicy.DEFAULTS;
    static final LocalDate D = LocalDate.of(2026, 11, 3);

    private static Violation v(long id, ConductKind kind, LocalDate date) {
        return new Violation(id, 7, kind, date, BigDecimal.ZERO);
    }

    @Test
    void firstRefusedCallOfTheMonthCosts100() {
        Consequence c = ConductRules.evaluate(P, List.of(v(1, ConductKind.REFUSED_CALL, D))).get(0);
        assertEquals(1, c.tier());
        assertEquals(new BigDecimal("100.00"), c.fine());
        assertFalse(c.dismissal());
    }

    @Test
    void secondRefusedCallOfTheMonthCosts300() {
        List<Consequence> c = ConductRules.evaluate(P, List.of(v(2, ConductKind.REFUSED_CALL, D.plusDays(5)), v(1, ConductKind.REFUSED_CALL, D)));
        assertEquals(new BigDecimal("300.00"), c.get(1).fine());
        assertEquals(2, c.get(1).tier());
        assertFalse(c.get(1).dismissal());
    }

    @Test
    void thirdRefusedCallOfTheMonthFlagsDismissal() {
        List<Consequence> c = ConductRules.evaluate(P, List.of(v(1, ConductKind.REFUSED_CALL, D), v(2, ConductKind.REFUSED_CALL, D),
                v(3, ConductKind.REFUSED_CALL, D.plusDays(20))));
        assertTrue(c.get(2).dismissal());
        assertEquals(3, c.get(2).tier());
    }

    @Test
    void refusalsCountPerCalendarMonth() {
        // 30 November then 1 December: both are the first of their month
        List<Consequence> c = ConductRules.evaluate(P, List.of(v(1, ConductKind.REFUSED_CALL, LocalDate.of(2026, 11, 30)),
                v(2, ConductKind.REFUSED_CALL, LocalDate.of(2026, 12, 1))));
        assertEquals(new BigDecimal("100.00"), c.get(0).fine());
        assertEquals(new BigDecimal("100.00"), c.get(1).fine());
    }

    @Test
    void eachPrivateCallOnACompanyPhoneCosts100() {
        List<Consequence> c = ConductRules.evaluate(P, List.of(v(1, ConductKind.PRIVATE_PHONE_CALL, D), v(2, ConductKind.PRIVATE_PHONE_CALL, D)));
        assertEquals(new BigDecimal("100.00"), c.get(0).fine());
        assertEquals(new BigDecimal("100.00"), c.get(1).fine());
        assertFalse(c.get(1).dismissal());
    }

    @Test
    void fraudCostsAtLeast500AndFlagsDismissalAndDamages() {
        Consequence small = ConductRules.evaluate(P, List.of(new Violation(1, 7, ConductKind.FRAUD, D, new BigDecimal("120.00")))).get(0);
        assertEquals(new BigDecimal("500.00"), small.fine());
        assertTrue(small.dismissal());
        assertEquals(new BigDecimal("120.00"), small.damages());
        Consequence big = ConductRules.evaluate(P, List.of(new Violation(2, 7, ConductKind.FRAUD, D, new BigDecimal("1800.00")))).get(0);
        assertEquals(new BigDecimal("1800.00"), big.fine());
    }

    @Test
    void bestEmployeeAwardsAreConfigurableWithin100To300() {
        assertEquals(List.of(new BigDecimal("300.00"), new BigDecimal("200.00"), new BigDecimal("100.00")), AwardPolicy.DEFAULTS.best());
        assertEquals(new BigDecimal("100.00"), AwardPolicy.DEFAULTS.mostImproved());
    }

    @Test
    void mentorsOfTheFastestTraineesGet150_100_50() {
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        List<MentorAward> awards = Rewards.mentorAwards(AwardPolicy.DEFAULTS, List.of(
                new Trainee(101, 1, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 10)),   // 40 days
                new Trainee(102, 2, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 14)),  // 25 days
                new Trainee(103, 3, LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 20)),  // 36 days
                new Trainee(104, 2, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 25)),   // mentor 2 counts once, with 25
                new Trainee(105, 4, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 29)),    // 89 days: fourth, no award
                new Trainee(106, 5, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 2)),    // reached in December
                new Trainee(107, 6, LocalDate.of(2026, 11, 1), null)), from, to);             // not yet
        assertEquals(3, awards.size());
        assertEquals(List.of(2L, 3L, 1L), awards.stream().map(MentorAward::mentorId).toList());
        assertEquals(List.of(new BigDecimal("150.00"), new BigDecimal("100.00"), new BigDecimal("50.00")),
                awards.stream().map(MentorAward::amount).toList());
        assertEquals(25, awards.get(0).daysToTarget());
    }

    @Test
    void theLadderPromotesAfterNMonthsInTheTopShare() {
        assertEquals(2, Rewards.nextLevel(1, 5, List.of(0.5, 0.1, 0.2, 0.15), 3, 0.2));
        assertEquals(1, Rewards.nextLevel(1, 5, List.of(0.1, 0.1, 0.25), 3, 0.2), "the last month was outside the top 20 %");
        assertEquals(1, Rewards.nextLevel(1, 5, List.of(0.1, 0.1), 3, 0.2), "not enough months");
        assertEquals(5, Rewards.nextLevel(5, 5, List.of(0.1, 0.1, 0.1), 3, 0.2), "top of the ladder");
    }
}
