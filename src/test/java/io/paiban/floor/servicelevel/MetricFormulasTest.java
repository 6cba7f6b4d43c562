package io.paiban.floor.servicelevel;

import io.paiban.floor.servicelevel.metrics.AgentTimeCounts;
import io.paiban.floor.servicelevel.metrics.ComplaintCounts;
import io.paiban.floor.servicelevel.metrics.ItemCounts;
import io.paiban.floor.servicelevel.metrics.LiveCounts;
import io.paiban.floor.servicelevel.metrics.Metric;
import io.paiban.floor.servicelevel.metrics.MetricFormulas;
import io.paiban.floor.servicelevel.metrics.QualityCounts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every formula of docs/metrics.md on the worked examples written out there. */
class MetricFormulasTest {

    private static final double EPS = 1e-9;

    /** docs/metrics.md example 1: O=100, A=85, W=70, Ab=15, S=5, H=17000, Wa=2550, Wb=600. */
    private static final LiveCounts EXAMPLE = LiveCounts.ofRow(100, 85, 70, 15, 5, 17_000, 2_550.0, 600.0);

    @Test
    void serviceLevelVariants() {
        Map<Metric, Double> m = MetricFormulas.live(EXAMPLE);
        assertEquals(70.0 / 95, m.get(Metric.SERVICE_LEVEL), EPS);                  // 0.7368
        assertEquals(0.70, m.get(Metric.SERVICE_LEVEL_INCL_SHORT_ABANDONS), EPS);
        assertEquals(70.0 / 85, m.get(Metric.SERVICE_LEVEL_ANSWERED_ONLY), EPS);    // 0.8235
    }

    @Test
    void speedOfAnswerAbandonsHandleTimeAndReplyRate() {
        Map<Metric, Double> m = MetricFormulas.live(EXAMPLE);
        assertEquals(30.0, m.get(Metric.ASA), EPS);                    // 2550 / 85
        assertEquals(31.5, m.get(Metric.ASA_INCL_ABANDONED), EPS);     // (2550 + 600) / (85 + 15)
        assertEquals(10.0 / 95, m.get(Metric.ABANDON_RATE), EPS);      // (15 - 5) / (100 - 5)
        assertEquals(0.15, m.get(Metric.ABANDON_RATE_INCL_SHORT_ABANDONS), EPS);
        assertEquals(200.0, m.get(Metric.AHT), EPS);                   // 17000 / 85
        assertEquals(0.85, m.get(Metric.REPLY_RATE), EPS);
    }

    @Test
    void periodsSumCountsInsteadOfAveragingRatios() {
        LiveCounts quiet = LiveCounts.ofRow(10, 10, 9, 0, 0, 2_000, null, null);
        LiveCounts busy = LiveCounts.ofRow(90, 60, 45, 30, 0, 12_000, 1_800.0, null);
        Map<Metric, Double> m = MetricFormulas.live(quiet.plus(busy));
        assertEquals(0.54, m.get(Metric.SERVICE_LEVEL), EPS);  // 54 / 100, not (0.9 + 0.5) / 2
        // ASA only over rows that reported the wait: 1800 / 60; ASA over all needs both waits, which no row gave.
        assertEquals(30.0, m.get(Metric.ASA), EPS);
        assertFalse(m.containsKey(Metric.ASA_INCL_ABANDONED));
    }

    @Test
    void rowsImportedAsHistoryCountInVolumesButNotInTheRatiosTheyCannotMeasure() {
        // The ACD's row: 70 of 85 answered within the threshold. A history row of the same queue: 50 offered,
        // 40 answered, no "answered within" count and no handle time.
        LiveCounts acd = LiveCounts.ofRow(100, 85, 70, 15, 5, 17_000, 2_550.0, 600.0);
        LiveCounts history = LiveCounts.reported(50, 40, null, 10, 0, null, null, null);
        Map<Metric, Double> m = MetricFormulas.live(acd.plus(history));
        assertEquals(70.0 / 95, m.get(Metric.SERVICE_LEVEL), EPS);              // the ACD row alone
        assertEquals(0.70, m.get(Metric.SERVICE_LEVEL_INCL_SHORT_ABANDONS), EPS);
        assertEquals(70.0 / 85, m.get(Metric.SERVICE_LEVEL_ANSWERED_ONLY), EPS);
        assertEquals(200.0, m.get(Metric.AHT), EPS);                            // 17000 / 85
        assertEquals(30.0, m.get(Metric.ASA), EPS);
        assertEquals(125.0 / 150, m.get(Metric.REPLY_RATE), EPS);               // both rows: (85 + 40) / (100 + 50)
        assertEquals(20.0 / 145, m.get(Metric.ABANDON_RATE), EPS);             // (25 - 5) / (150 - 5)
        // History alone: volumes and reply rate, no service level and no AHT.
        Map<Metric, Double> alone = MetricFormulas.live(history);
        assertFalse(alone.containsKey(Metric.SERVICE_LEVEL));
        assertFalse(alone.containsKey(Metric.AHT));
        assertEquals(0.8, alone.get(Metric.REPLY_RATE), EPS);
    }

    @Test
    void noContactsGivesNoValueRatherThanZeroOrOne() {
        Map<Metric, Double> m = MetricFormulas.live(LiveCounts.ZERO);
        assertTrue(m.isEmpty());
        // Only short abandons: no real contact, so no service level at all.
        assertFalse(MetricFormulas.live(LiveCounts.ofRow(3, 0, 0, 3, 3, 0, null, null)).containsKey(Metric.SERVICE_LEVEL));
    }

    @Test
    void deferredItems() {
        Instant received = Instant.parse("2026-11-02T01:00:00Z");
        Instant due = Instant.parse("2026-11-02T04:00:00Z");
        Instant asOf = Instant.parse("2026-11-02T06:00:00Z");
        ItemCounts onTime = ItemCounts.of(received, Instant.parse("2026-11-02T03:00:00Z"), due, asOf);     // 2 h
        ItemCounts late = ItemCounts.of(received, Instant.parse("2026-11-02T05:00:00Z"), due, asOf);       // 4 h
        ItemCounts overdue = ItemCounts.of(received, null, due, asOf);
        ItemCounts open = ItemCounts.of(Instant.parse("2026-11-02T05:30:00Z"), null, Instant.parse("2026-11-02T08:30:00Z"), asOf);
        ItemCounts all = onTime.plus(late).plus(overdue).plus(open);
        assertEquals(new ItemCounts(4, 2, 1, 1, 6 * 3600.0), all);
        Map<Metric, Double> m = MetricFormulas.items(all);
        assertEquals(1.0 / 3, m.get(Metric.ON_TIME_REPLY_RATE), EPS);   // T / (R - N) = 1 / (4 - 1)
        assertEquals(0.5, m.get(Metric.REPLY_RATE), EPS);               // P / R = 2 / 4
        assertEquals(3 * 3600.0, m.get(Metric.MEAN_FIRST_REPLY_TIME), EPS);
        // A reply exactly at the due time is on time.
        assertEquals(1, ItemCounts.of(received, due, due, asOf).repliedOnTime());
    }

    @Test
    void quality() {
        Map<Metric, Double> m = MetricFormulas.quality(new QualityCounts(200, 190, 50, 47));
        assertEquals(0.95, m.get(Metric.SATISFACTION), EPS);
        assertEquals(0.94, m.get(Metric.ACCURACY), EPS);
    }

    /** docs/metrics.md example 3: a working interval and a lunch interval of one agent. */
    @Test
    void agentTimeMetrics() {
        AgentTimeCounts working = AgentTimeCounts.ofInterval(600, 900, 120, 0, 180, 1800, 0);
        AgentTimeCounts lunch = AgentTimeCounts.ofInterval(0, 600, 0, 1200, 0, 0, 1800);
        Map<Metric, Double> one = MetricFormulas.agentTime(working);
        assertEquals(1020.0 / 1620, one.get(Metric.OCCUPANCY), EPS);
        assertEquals(0.9, one.get(Metric.ADHERENCE), EPS);
        assertEquals(0.9, one.get(Metric.CONFORMANCE), EPS);
        assertEquals(0.1, one.get(Metric.SHRINKAGE_REALISED), EPS);

        Map<Metric, Double> both = MetricFormulas.agentTime(working.plus(lunch));
        assertEquals(1620.0 / 2220, both.get(Metric.OCCUPANCY), EPS);
        assertEquals(2820.0 / 3600, both.get(Metric.ADHERENCE), EPS);   // (1620 + 0) + (0 + 1200) over 1800 + 1800
        assertEquals(2220.0 / 1800, both.get(Metric.CONFORMANCE), EPS); // working through lunch raises conformance
        assertEquals(0.1, both.get(Metric.SHRINKAGE_REALISED), EPS);     // but does not make up for lost scheduled time
    }

    @Test
    void absentAgentIsFullyShrunkAndNonAdherent() {
        Map<Metric, Double> m = MetricFormulas.agentTime(AgentTimeCounts.ofInterval(0, 0, 0, 0, 0, 1800, 0));
        assertEquals(0.0, m.get(Metric.ADHERENCE), EPS);
        assertEquals(1.0, m.get(Metric.SHRINKAGE_REALISED), EPS);
        assertFalse(m.containsKey(Metric.OCCUPANCY));
    }

    /** docs/metrics.md worked example: one phone queue, one hour, A = 60, hd = 12 600, acw = 1 800, av = 3 000, H = 14 400. */
    @Test
    void talkTimeAndContactsPerHourOnTheWorkedExample() {
        LiveCounts live = LiveCounts.ofRow(64, 60, 50, 4, 0, 14_400, null, null);
        AgentTimeCounts time = AgentTimeCounts.ofInterval(3_000, 12_600, 1_800, 0, 0, 3_600 * 5, 0);
        Map<Metric, Double> m = MetricFormulas.combined(live, ItemCounts.ZERO, QualityCounts.ZERO, time, ComplaintCounts.ZERO);
        assertEquals(210.0, m.get(Metric.TALK_TIME), EPS);                       // 12 600 / 60
        assertEquals(240.0, m.get(Metric.AHT), EPS);                             // 14 400 / 60: after-call work in
        assertEquals(12_600.0, m.get(Metric.TALK_TIME_TOTAL), EPS);
        assertEquals(60 / (17_400 / 3600.0), m.get(Metric.CONTACTS_PER_AGENT_HOUR), EPS);   // 12.41
        assertEquals(12.0, m.get(Metric.CONTACTS_PER_SCHEDULED_HOUR), EPS);      // 60 / 5 h
        assertEquals(12.41, io.paiban.floor.servicelevel.report.MetricsReportService.rounded(m).get("contacts_per_agent_hour"), EPS);
        assertFalse(m.containsKey(Metric.COMPLAINT_HANDLING_TIMELINESS));
    }

    @Test
    void productivityIsAbsentWithoutContactsOrAgentTime() {
        AgentTimeCounts time = AgentTimeCounts.ofInterval(3_000, 0, 0, 0, 0, 3_600, 0);
        Map<Metric, Double> noContacts = MetricFormulas.productivity(LiveCounts.ZERO, time);
        assertFalse(noContacts.containsKey(Metric.TALK_TIME));
        assertFalse(noContacts.containsKey(Metric.CONTACTS_PER_AGENT_HOUR));
        assertFalse(noContacts.containsKey(Metric.CONTACTS_PER_SCHEDULED_HOUR));
        Map<Metric, Double> noStates = MetricFormulas.productivity(LiveCounts.ofRow(10, 8, 8, 2, 0, 1_600, null, null),
                AgentTimeCounts.ofInterval(0, 0, 0, 0, 0, 1_800, 0));
        assertFalse(noStates.containsKey(Metric.TALK_TIME));
        assertFalse(noStates.containsKey(Metric.TALK_TIME_TOTAL));
        assertEquals(16.0, noStates.get(Metric.CONTACTS_PER_SCHEDULED_HOUR), EPS);   // 8 / 0.5 h
        // Offered but none answered: a real zero, not absent.
        Map<Metric, Double> unanswered = MetricFormulas.productivity(LiveCounts.ofRow(3, 0, 0, 3, 0, 0, null, null), time);
        assertEquals(0.0, unanswered.get(Metric.CONTACTS_PER_AGENT_HOUR), EPS);
        assertFalse(unanswered.containsKey(Metric.TALK_TIME));   // no answered contact to divide by
    }

    /** docs/metrics.md complaints example: 20 received and closed, 17 in time, plus 2 open past due and 1 open not yet due. */
    @Test
    void complaintHandlingTimeliness() {
        Instant asOf = Instant.parse("2026-11-10T00:00:00Z");
        Instant received = Instant.parse("2026-11-03T02:00:00Z");
        Instant due = received.plusSeconds(24 * 3600);
        ComplaintCounts c = ComplaintCounts.ZERO;
        for (int i = 0; i < 17; i++) {
            c = c.plus(ComplaintCounts.of(received, received.plusSeconds(3_600), due, asOf));
        }
        for (int i = 0; i < 3; i++) {
            c = c.plus(ComplaintCounts.of(received, received.plusSeconds(30 * 3600), due, asOf));
        }
        c = c.plus(ComplaintCounts.of(received, null, due, asOf)).plus(ComplaintCounts.of(received, null, due, asOf));
        Instant late = asOf.minusSeconds(3_600);
        c = c.plus(ComplaintCounts.of(late, null, late.plusSeconds(24 * 3600), asOf));
        Map<Metric, Double> m = MetricFormulas.complaints(c);
        assertEquals(17.0 / 22, m.get(Metric.COMPLAINT_HANDLING_TIMELINESS), EPS);          // 0.7727
        assertEquals((17 * 3_600.0 + 3 * 108_000.0) / 20, m.get(Metric.MEAN_COMPLAINT_HANDLING_TIME), EPS);
        // Boundary: closed exactly at the due time is on time; one second later is late.
        assertEquals(1, ComplaintCounts.of(received, due, due, asOf).closedOnTime());
        assertEquals(0, ComplaintCounts.of(received, due.plusSeconds(1), due, asOf).closedOnTime());
        // A closure after asOf is not known yet: still open.
        assertEquals(0, ComplaintCounts.of(received, asOf.plusSeconds(1), due, asOf).closed());
        assertTrue(MetricFormulas.complaints(ComplaintCounts.ZERO).isEmpty());
    }

    @Test
    void everyMetricHasOneIdAndOneFormulaAndEachFamilyOneCanonical() {
        Set<String> ids = Arrays.stream(Metric.values()).map(Metric::id).collect(Collectors.toSet());
        Set<String> formulas = Arrays.stream(Metric.values()).map(Metric::formula).collect(Collectors.toSet());
        assertEquals(Metric.values().length, ids.size());
        assertEquals(Metric.values().length, formulas.size());
        for (Metric.Family family : Metric.Family.values()) {
            long canonical = Arrays.stream(Metric.values()).filter(m -> m.family() == family && m.canonical()).count();
            assertTrue(canonical >= 1, family + " has no canonical metric");
        }
        long slCanonical = Arrays.stream(Metric.values()).filter(m -> m.family() == Metric.Family.SERVICE_LEVEL && m.canonical()).count();
        assertEquals(1, slCanonical);
    }
}
