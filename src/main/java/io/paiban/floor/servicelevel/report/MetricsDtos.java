package io.paiban.floor.servicelevel.report;

import io.paiban.floor.servicelevel.metrics.AgentTimeCounts;
import io.paiban.floor.servicelevel.metrics.ComplaintCounts;
import io.paiban.floor.servicelevel.metrics.ItemCounts;
import io.paiban.floor.servicelevel.metrics.LiveCounts;
import io.paiban.floor.servicelevel.metrics.Metric;
import io.paiban.floor.servicelevel.metrics.QualityCounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public final class MetricsDtos {

    private MetricsDtos() {
    }

    @Schema(name = "MetricDefinition", description = "One metric under its one id; variants of a family have their own ids")
    public record DefinitionView(String id, Metric.Family family, boolean canonical, Metric.Unit unit, String formula, String meaning) {
        static DefinitionView of(Metric m) {
            return new DefinitionView(m.id(), m.family(), m.canonical(), m.unit(), m.formula(), m.meaning());
        }
    }

    @Schema(name = "MetricsPeriod", description = "Summed counts of one period and the metrics computed from them; "
            + "a metric without a denominator (no contacts) is absent")
    public record PeriodView(String period, LiveCounts live, ItemCounts items, QualityCounts quality, AgentTimeCounts agentTime,
                             @Schema(description = "Complaints received in the period (docs/metrics.md, Complaints)") ComplaintCounts complaints,
                             Map<String, Double> metrics) {
    }

    @Schema(name = "MetricsReport")
    public record ReportView(String scope, long scopeId, String scopeCode, String granularity, LocalDate from, LocalDate to,
                             @Schema(description = "Items not replied whose due time is after this instant count as not yet due") Instant asOf,
                             List<PeriodView> periods) {
    }

    @Schema(name = "ClientMetricsSummary", description = "One client's totals over the whole range")
    public record ClientSummaryView(long clientId, String clientCode, PeriodView total) {
    }
}
