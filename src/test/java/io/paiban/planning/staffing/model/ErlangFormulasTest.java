package io.paiban.planning.staffing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangFormulasTest {

    @Test
    void erlangBMatchesHandComputedValues() {
        assertEquals(1.0, ErlangB.blocking(0, 3.0));
        assertEquals(0.5, ErlangB.blocking(1, 1.0), 1e-15);
        assertEquals(0.2, ErlangB.blocking(2, 1.0), 1e-15);
        // B(3; A=2) = (8/6) / (1 + 2 + 2 + 8/6)
        assertEquals((8.0 / 6) / (1 + 2 + 2 + 8.0 / 6), ErlangB.blocking(3, 2.0), 1e-15);
    }

    @Test
    void erlangCStaysFiniteAndExactAtFiveThousandAgents() {
        int servers = 5000;
        double traffic = 4900;
        double expected = erlangCInLogSpace(servers, traffic);
        double actual = ErlangC.probabilityOfWaiting(servers, traffic);
        assertTrue(Double.isFinite(actual) && actual > 0 && actual < 1, "C = " + actual);
        assertEquals(expected, actual, 1e-9 * expected);

        QueueMetrics metrics = ErlangC.metrics(servers, traffic, 180, 20);
        assertEquals(1 - actual * Math.exp(-100 * 20 / 180.0), metrics.serviceLevel(), 1e-12);
        assertEquals(actual * 180 / 100, metrics.asaSeconds(), 1e-9);
        assertEquals(0.98, metrics.occupancy(), 1e-12);
    }

    @Test
    void erlangAStaysFiniteAtFiveThousandAgentsAndApproachesErlangCForLongPatience() {
        double lambda = 4900 / 180.0;
        QueueMetrics erlangC = ErlangC.metrics(5000, 4900, 180, 20);
        QueueMetrics patient = ErlangA.metrics(5000, lambda, 180, 20, CustomerPatience.exponentialWithMeanSeconds(1e9));
        assertEquals(erlangC.probabilityOfWaiting(), patient.probabilityOfWaiting(), 1e-6);
        assertEquals(erlangC.serviceLevel(), patient.serviceLevel(), 1e-6);
        assertEquals(erlangC.asaSeconds(), patient.asaSeconds(), 1e-4);

        QueueMetrics impatient = ErlangA.metrics(5000, lambda, 180, 20, CustomerPatience.exponentialWithMeanSeconds(120));
        assertAllFinite(impatient);
        // Abandoners count as not answered, so SL lies between "answered at once" and "not abandoned".
        assertTrue(impatient.serviceLevel() >= 1 - impatient.probabilityOfWaiting());
        assertTrue(impatient.serviceLevel() <= 1 - impatient.abandonRate());
        assertTrue(impatient.abandonRate() > 0 && impatient.abandonRate() < 0.01);
    }

    @Test
    void erlangAWithoutAgentsLosesEveryCallerAfterTheirPatience() {
        QueueMetrics metrics = ErlangA.metrics(0, 0.1, 180, 20, CustomerPatience.exponentialWithMeanSeconds(300));
        assertEquals(1.0, metrics.probabilityOfWaiting(), 1e-12);
        assertEquals(0.0, metrics.serviceLevel(), 1e-12);
        assertEquals(1.0, metrics.abandonRate(), 1e-12);
        assertEquals(300.0, metrics.asaSeconds(), 1e-9); // everyone waits exactly their patience
        assertEquals(0.0, metrics.occupancy());
    }

    @Test
    void erlangAInHeavyOverloadCarriesWhatTheAgentsCanHandle() {
        // 5000 Erlangs on 50 agents: the queue length runs into thousands, exercising the rescaling.
        double lambda = 5000 / 180.0;
        QueueMetrics metrics = ErlangA.metrics(50, lambda, 180, 20, CustomerPatience.exponentialWithMeanSeconds(300));
        assertAllFinite(metrics);
        assertEquals(1.0, metrics.occupancy(), 1e-9);
        assertEquals(1 - 50 / 5000.0, metrics.abandonRate(), 1e-9);
        assertTrue(metrics.serviceLevel() < 0.01);
    }

    @Test
    void erlangAServiceLevelWithZeroTargetIsTheShareNotWaiting() {
        QueueMetrics metrics = ErlangA.metrics(14, 100 / 1800.0, 180, 0, CustomerPatience.exponentialWithMeanSeconds(300));
        assertEquals(1 - metrics.probabilityOfWaiting(), metrics.serviceLevel(), 1e-12);
    }

    @Test
    void erlangAMetricsAreMonotoneInAgents() {
        CustomerPatience patience = CustomerPatience.exponentialWithMeanSeconds(200);
        QueueMetrics previous = ErlangA.metrics(1, 50 / 1800.0 * 20, 240, 20, patience);
        for (int agents = 2; agents < 80; agents++) {
            QueueMetrics current = ErlangA.metrics(agents, 50 / 1800.0 * 20, 240, 20, patience);
            assertTrue(current.serviceLevel() >= previous.serviceLevel() - 1e-12, "SL at " + agents);
            assertTrue(current.asaSeconds() <= previous.asaSeconds() + 1e-12, "ASA at " + agents);
            assertTrue(current.abandonRate() <= previous.abandonRate() + 1e-12, "abandon at " + agents);
            assertTrue(current.occupancy() <= previous.occupancy() + 1e-12, "occupancy at " + agents);
            previous = current;
        }
    }

    @Test
    void unstableErlangCReportsInfiniteAsaButNoNaN() {
        QueueMetrics metrics = ErlangC.metrics(10, 10.0, 180, 20);
        assertEquals(1.0, metrics.probabilityOfWaiting());
        assertEquals(0.0, metrics.serviceLevel());
        assertEquals(Double.POSITIVE_INFINITY, metrics.asaSeconds());
        assertFalse(metrics.isStable());
        QueueMetrics empty = ErlangC.metrics(0, 3.0, 180, 20);
        assertEquals(0.0, empty.occupancy());
        assertEquals(0.0, empty.serviceLevel());
    }

    @Test
    void noTrafficNeedsNobodyAndMeetsEveryTarget() {
        QueueMetrics metrics = ErlangA.metrics(0, 0.0, 180, 20, CustomerPatience.exponentialWithMeanSeconds(60));
        assertEquals(1.0, metrics.serviceLevel());
        assertEquals(0.0, metrics.asaSeconds());
    }

    @Test
    void invalidInputsNameTheirField() {
        assertEquals("ahtSeconds", assertThrows(StaffingInputException.class, () -> new OfferedLoad(10, 30, 0)).field());
        assertEquals("contacts", assertThrows(StaffingInputException.class, () -> new OfferedLoad(-1, 30, 180)).field());
        assertEquals("patienceSeconds", assertThrows(StaffingInputException.class, () -> new CustomerPatience(0)).field());
        assertEquals("servers", assertThrows(StaffingInputException.class, () -> ErlangB.blocking(-1, 2)).field());
        StaffingInputException exception = assertThrows(StaffingInputException.class, () -> ServiceTarget.of(1.0, 20));
        assertEquals("serviceLevel", exception.field());
        assertTrue(exception.getMessage().contains("serviceLevel"));
        assertTrue(exception instanceof IllegalArgumentException);
    }

    private static void assertAllFinite(QueueMetrics metrics) {
        double[] values = {metrics.probabilityOfWaiting(), metrics.serviceLevel(), metrics.asaSeconds(),
                metrics.occupancy(), metrics.abandonRate()};
        for (double value : values) {
            assertTrue(Double.isFinite(value), metrics.toString());
        }
    }

    /** Independent Erlang C: log-sum-exp of the M/M/N state weights, no recursion shared with the code. */
    private static double erlangCInLogSpace(int servers, double traffic) {
        double[] logWeights = new double[servers + 1];
        double logFactorial = 0;
        for (int k = 0; k <= servers; k++) {
            if (k > 0) {
                logFactorial += Math.log(k);
            }
            logWeights[k] = k * Math.log(traffic) - logFactorial;
        }
        double logWaiting = logWeights[servers] + Math.log(servers / (servers - traffic));
        double max = logWaiting;
        for (int k = 0; k < servers; k++) {
            max = Math.max(max, logWeights[k]);
        }
        double sum = Math.exp(logWaiting - max);
        for (int k = 0; k < servers; k++) {
            sum += Math.exp(logWeights[k] - max);
        }
        return Math.exp(logWaiting - max) / sum;
    }
}
