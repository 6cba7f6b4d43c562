package io.paiban.planning.capacity;

import io.paiban.planning.capacity.CapacityCalculator.AgentSupply;
import io.paiban.planning.capacity.CapacityCalculator.Input;
import io.paiban.planning.capacity.CapacityCalculator.Output;
import io.paiban.planning.capacity.CapacityCalculator.Promotion;
import io.paiban.planning.capacity.CapacityCalculator.Supply;
import io.paiban.planning.capacity.CapacityDtos.HiringRequestView;
import io.paiban.planning.capacity.CapacityDtos.WeekView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapacityCalculatorTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);

    /** One forecast week of 160 h a day; 25 agents at 48 h (25 FTE against 160 x 7 / 48 = 23.3 required). */
    static Input input(int trainingLeadWeeks, double attrition, List<AgentSupply> extra) {
        Map<LocalDate, Double> hours = new HashMap<>();
        for (int d = 0; d < 7; d++) {
            hours.put(MONDAY.plusDays(d), 160.0);
        }
        List<AgentSupply> agents = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            agents.add(new AgentSupply(Supply.IN_HOUSE, 48, null, Set.of(), Set.of()));
        }
        agents.addAll(extra);
        return new Input(MONDAY, 6, hours, List.of(new Promotion("DOUBLE_11", "Double 11 2026", LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 11, 11), 3.5)), 0, agents, 48, 8, trainingLeadWeeks, attrition);
    }

    @Test
    void thePromotionWeekIsShortOnItsPeakDayAndHiringStartsTheLeadTimeBefore() {
        Output out = CapacityCalculator.plan(input(3, 0, List.of()));
        WeekView first = out.weeks().get(0);
        assertEquals("FORECAST", first.source());
        assertEquals(1120, first.requiredHours(), 1e-6);
        assertEquals(23.33, first.requiredFte(), 0.01);
        assertEquals(25, first.availableFte(), 1e-6);
        WeekView promo = out.weeks().get(4);
        assertEquals(LocalDate.of(2026, 11, 9), promo.weekStart());
        assertEquals("EXTENDED", promo.source());
        assertEquals(LocalDate.of(2026, 11, 11), promo.peakDay());
        assertEquals(560, promo.peakDayHours(), 1e-6);
        assertEquals(70, promo.requiredFte(), 1e-6, "560 h on one day need 70 people on shift");
        assertEquals(45, promo.gapFte(), 1e-6);
        HiringRequestView request = out.hiring().get(0);
        assertEquals("DOUBLE_11", request.reason());
        assertEquals(LocalDate.of(2026, 11, 9), request.neededBy());
        assertEquals(LocalDate.of(2026, 10, 19), request.latestHireStart());
        assertEquals(45, request.hires());
        assertEquals(45, request.flexAgentDays(), "a peak-day gap is people on that day");
        assertFalse(request.tooLate());
        assertEquals(1, out.hiring().size(), "no gap in the other weeks");
    }

    @Test
    void attritionErodesSupplyAndTraineesCountOnceCertified() {
        Output out = CapacityCalculator.plan(input(3, 0.1, List.of(new AgentSupply(Supply.TRAINEE, 48, MONDAY.plusWeeks(2), Set.of(), Set.of()))));
        assertTrue(out.weeks().get(3).inHouseFte() < out.weeks().get(0).inHouseFte());
        assertEquals(0, out.weeks().get(1).traineeFte(), 1e-9);
        assertTrue(out.weeks().get(2).traineeFte() > 0.9);
        assertTrue(out.hiring().stream().anyMatch(h -> h.reason().equals("SUSTAINED_GAP")), "attrition opens a gap: " + out.hiring());
        assertTrue(CapacityCalculator.plan(input(8, 0, List.of())).hiring().get(0).tooLate(), "8 weeks of training no longer fit");
    }

    @Test
    void leaveAndFlexOffersMoveTheAvailableFte() {
        Output out = CapacityCalculator.plan(input(3, 0, List.of(
                new AgentSupply(Supply.FLEX_POOL, 32, null, Set.of(), Set.of(MONDAY.plusDays(1), MONDAY.plusDays(2))),
                new AgentSupply(Supply.IN_HOUSE, 48, null, Set.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)), Set.of()))));
        WeekView first = out.weeks().get(0);
        assertEquals(26, first.inHouseFte(), 1e-9);
        assertEquals(0.5, first.leaveFte(), 1e-9, "three of six working days");
        assertEquals(2 * 8 / 48.0, first.flexFte(), 0.01);
    }
}
