package io.paiban.floor.contract.settlement;

import io.paiban.floor.contract.LineKind;

import io.paiban.floor.contract.PriceModel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class SettlementDtos {

    private SettlementDtos() {
    }

    @Schema(name = "IssueStatementRequest")
    public record IssueRequest(@NotNull Long clientId,
                               @Schema(description = "First month of the period, 2026-11; quarterly contracts start quarters in Jan, Apr, Jul, Oct")
                               @NotBlank String period,
                               @Schema(description = "Required when the period already has a statement: why it is corrected")
                               @Size(max = 500) String correctionNote) {
    }

    @Schema(name = "StatementLine")
    public record LineView(int lineNo, LineKind kind, LocalDate month, String description, BigDecimal quantity, BigDecimal unitPrice,
                           BigDecimal amount) {
    }

    @Schema(name = "Statement", description = "A settlement statement; id and version are absent on a preview")
    public record StatementView(Long id, long clientId, String clientCode, LocalDate periodStart, LocalDate periodEnd, Integer version,
                                @Schema(description = "True once a later version of the same period was issued") boolean superseded,
                                Long supersededById, PriceModel priceModel, String currency, List<LineView> lines,
                                BigDecimal total, BigDecimal depositHeld, LocalDate dueOn, String correctionNote, Instant issuedAt,
                                @Schema(description = "Termination warnings of the period's months") List<String> warnings) {
    }
}
