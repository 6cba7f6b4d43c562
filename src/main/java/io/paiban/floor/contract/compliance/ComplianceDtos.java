package io.paiban.floor.contract.compliance;

import io.paiban.floor.contract.MeasurementWindow;
import io.paiban.floor.contract.StandardKind;
import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

public final class ComplianceDtos {

    private ComplianceDtos() {
    }

    @Schema(name = "StandardCompliance")
    public record StandardView(
            String key, StandardKind kind, Channel channel, QueueFunction queueFunction, String description,
            @Schema(description = "Metric id (docs/metrics.md)") String metric, BigDecimal targetShare, MeasurementWindow window,
            @Schema(description = "The month's value, rounded to 4 decimals; absent without contacts") Double value,
            int windowsMeasured, int windowsMet, Verdict verdict,
            @Schema(description = "Months in a row up to this one with the standard missed, counted back at most the contract's N months")
            int missedMonthsInARow,
            BigDecimal penaltyPercent, BigDecimal penaltyAmount, List<Long> queueIds,
            @Schema(description = "Interval rows left out because their answered-within threshold differs from the standard's")
            int rowsNotMeasured) {
    }

    @Schema(name = "ComplianceWarning")
    public record WarningView(String code, String standardKey, String message) {
    }

    @Schema(name = "MonthlyCompliance")
    public record ComplianceView(long clientId, String clientCode, YearMonth month, boolean hasContract,
                                 @Schema(description = "The month's service fee, the basis of penalty percentages") BigDecimal serviceFee,
                                 List<StandardView> standards, BigDecimal penaltyTotal, List<WarningView> warnings) {
    }
}
