package io.paiban.floor.attendance;

import io.paiban.floor.attendance.rules.ConductKind;
import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class ConductDtos {

    private ConductDtos() {
    }

    @Schema(name = "ConductViolationRequest")
    public record ConductRequest(@NotNull Long agentId, @NotNull ConductKind kind, @NotNull LocalDate occurredOn,
                                 @DecimalMin("0") @Schema(description = "Loss caused (FRAUD), yuan") BigDecimal lossAmount,
                                 @Size(max = 500) String note,
                                 @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "ConductViolation", description = "A violation with its tier in the agent's calendar month and its consequence")
    public record ConductView(Long id, long agentId, ConductKind kind, LocalDate occurredOn, BigDecimal lossAmount, String note,
                              String recordedBy, int tier, BigDecimal fine, boolean dismissal, BigDecimal damages, String reason,
                              long version, Instant createdAt) {
    }

    @Schema(name = "TeamFundEntryRequest", description = "Spending (negative amount) or a deposit (positive) of a team's fund")
    public record FundEntryRequest(@NotNull Long siteId, @NotBlank @Size(max = 100) String teamName, @NotNull LocalDate date,
                                   @NotNull BigDecimal amount, @NotBlank @Size(max = 500) String description) {
    }

    @Schema(name = "TeamFundLine", description = "One ledger line: FINE lines come from the monthly reports (complaint and "
            + "conduct fines of the team's agents), SPENDING and DEPOSIT lines are recorded")
    public record FundLine(LocalDate date, String kind, BigDecimal amount, String description, Long agentId, Long entryId, BigDecimal balance) {
    }

    @Schema(name = "TeamFund")
    public record FundView(long siteId, String team, BigDecimal finesIn, BigDecimal deposits, BigDecimal spent, BigDecimal balance,
                           List<FundLine> lines) {
    }
}
