package io.paiban.planning.staffing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingCurveEvaluatorTest {

    @Test
    void overallMetricsAreVolumeWeighted() {
        List<IntervalStaffing> curve = List.of(
                new IntervalStaffing(new OfferedLoad(100, 30, 180), 14),
                new IntervalStaffing(new OfferedLoad(300, 30, 180), 36),
                new IntervalStaffing(new OfferedLoad(0, 30, 180), 2));
        CurveEvaluation evaluation = StaffingCurveEvaluator.evaluate(curve, 20, QueueModel.erlangC());
        QueueMetrics first = evaluation.intervals().get(0);
        QueueMetrics second = evaluation.intervals().get(1);
        assertEquals(ErlangC.metrics(new OfferedLoad(100, 30, 180), 14, 20), first);
        OverallMetrics overall = evaluation.overall();
        assertEquals(400, overall.offeredContacts(), 1e-12);
        assertEquals((100 * first.serviceLevel() + 300 * second.serviceLevel()) / 400, overall.serviceLevel(), 1e-12);
        assertEquals((100 * first.asaSeconds() + 300 * second.asaSeconds()) / 400, overall.asaSeconds(), 1e-12);
        // 10 + 30 busy Erlangs over 14 + 36 + 2 staffed agents, all intervals equally long.
        assertEquals(40.0 / 52, overall.occupancy(), 1e-12);
        assertEquals(0, overall.unstableContacts());
    }

    @Test
    void missingAgentsGiveZeroServiceLevelWithoutNaN() {
        List<IntervalStaffing> curve = List.of(
                new IntervalStaffing(new OfferedLoad(50, 30, 180), 0),
                new IntervalStaffing(new OfferedLoad(50, 30, 180), 10));
        CurveEvaluation erlangA = StaffingCurveEvaluator.evaluate(curve, 20, QueueModel.erlangA(120));
        QueueMetrics empty = erlangA.intervals().get(0);
        assertEquals(0.0, empty.serviceLevel());
        assertEquals(1.0, empty.abandonRate(), 1e-12);
        assertEquals(120.0, empty.asaSeconds(), 1e-9);
        assertFinite(erlangA.overall());
        assertTrue(erlangA.overall().serviceLevel() < 0.5);

        CurveEvaluation erlangC = StaffingCurveEvaluator.evaluate(curve, 20, QueueModel.erlangC());
        assertEquals(0.0, erlangC.intervals().get(0).serviceLevel());
        assertEquals(1.0, erlangC.intervals().get(0).probabilityOfWaiting());
        assertEquals(Double.POSITIVE_INFINITY, erlangC.overall().asaSeconds());
        assertEquals(50, erlangC.overall().unstableContacts(), 1e-12);
        assertFalse(Double.isNaN(erlangC.overall().serviceLevel()));
        assertFalse(Double.isNaN(erlangC.overall().occupancy()));
    }

    @Test
    void emptyCurveIsNeutral() {
        OverallMetrics overall = StaffingCurveEvaluator.evaluate(List.of(), 20, QueueModel.erlangC()).overall();
        assertEquals(1.0, overall.serviceLevel());
        assertEquals(0.0, overall.occupancy());
    }

    private static void assertFinite(OverallMetrics overall) {
        for (double value : new double[] {overall.serviceLevel(), overall.asaSeconds(), overall.abandonRate(), overall.occupancy()}) {
            assertTrue(Double.isFinite(value), overall.toString());
        }
    }
}
