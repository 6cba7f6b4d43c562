package io.paiban.agent.requests;

import io.paiban.agent.requests.RequestDtos.EffectTotals;
import io.paiban.agent.requests.RequestDtos.IntervalEffect;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageEffectTotalsTest {

    private static IntervalEffect interval(int required, int rostered) {
        int without = rostered - 1;
        return new IntervalEffect(1, "Q", LocalDate.of(2026, 11, 25), LocalDateTime.of(2026, 11, 25, 9, 0), Instant.EPOCH, required,
                rostered, without, Math.max(0, required - rostered), Math.max(0, required - without));
    }

    @Test
    void addedShortfallCountsOnlyIntervalsTheAgentWasNeededIn() {
        // over-staffed (no effect), exactly staffed (one short after), already short (one more short)
        EffectTotals t = CoverageEffectService.totals(List.of(interval(3, 5), interval(4, 4), interval(6, 4)), 30);
        assertEquals(3, t.intervals());
        assertEquals(1.5, t.agentHours(), 1e-9);
        assertEquals(13, t.required());
        assertEquals(13, t.rostered());
        assertEquals(10, t.rosteredWithout());
        assertEquals(2, t.shortfallBefore());
        assertEquals(4, t.shortfallAfter());
        assertEquals(2, t.addedShortfall());
    }

    @Test
    void noIntervalsNoEffect() {
        EffectTotals t = CoverageEffectService.totals(List.of(), 30);
        assertEquals(0, t.intervals());
        assertEquals(0, t.addedShortfall());
    }

    @Test
    void openStates() {
        assertTrue(SwapState.PROPOSED.isOpen());
        assertTrue(SwapState.PENDING_APPROVAL.isOpen());
        for (SwapState s : List.of(SwapState.DECLINED, SwapState.CANCELLED, SwapState.REJECTED_BY_RULES, SwapState.APPROVED, SwapState.REFUSED)) {
            assertFalse(s.isOpen(), s.name());
        }
    }
}
