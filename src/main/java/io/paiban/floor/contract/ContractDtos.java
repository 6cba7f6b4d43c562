package io.paiban.floor.contract;

import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class ContractDtos {

    private ContractDtos() {
    }

    @Schema(name = "ContractClause")
    public record ClauseDto(
            @NotNull StandardKind kind,
            @Schema(description = "Required for RESPONSE_TIME; otherwise empty = every channel") Channel channel,
            @Schema(description = "Empty: every function (for RESPONSE_TIME: the client's standard without a function)") QueueFunction queueFunction,
            @Schema(description = "RESPONSE_TIME on phone/chat: service_level (default), service_level_incl_short_abandons or "
                    + "service_level_answered_only") @Size(max = 60) String metricVariant,
            @Schema(description = "Required except for RESPONSE_TIME, whose target is the client's standard")
            @DecimalMin("0") @DecimalMax("1") BigDecimal targetShare,
            @Schema(description = "Default MONTH") MeasurementWindow window,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal penaltyPercent,
            @Size(max = 300) String description) {

        static ClauseDto of(ContractClause c) {
            return new ClauseDto(c.kind, c.channel, c.queueFunction, c.metricVariant, c.targetShare, c.window, c.penaltyPercent, c.description);
        }

        ContractClause toEntity() {
            ContractClause c = new ContractClause();
            c.kind = kind;
            c.channel = channel;
            c.queueFunction = queueFunction;
            c.metricVariant = metricVariant;
            c.targetShare = targetShare;
            c.window = window == null ? MeasurementWindow.MONTH : window;
            c.penaltyPercent = penaltyPercent;
            c.description = description;
            return c;
        }
    }

    @Schema(name = "ContractExtraFee")
    public record ExtraFeeDto(@NotBlank @Size(max = 200) String label, @NotNull FeeKind kind,
                              @NotNull @DecimalMin("0") BigDecimal amount, @NotNull FeeRecurrence recurrence,
                              @Schema(description = "Required for ONE_OFF: the fee is charged in this date's month") LocalDate chargedOn) {
        static ExtraFeeDto of(ExtraFee f) {
            return new ExtraFeeDto(f.label, f.kind, f.amount, f.recurrence, f.chargedOn);
        }

        ExtraFee toEntity() {
            ExtraFee f = new ExtraFee();
            f.label = label;
            f.kind = kind;
            f.amount = amount;
            f.recurrence = recurrence;
            f.chargedOn = chargedOn;
            return f;
        }
    }

    @Schema(name = "ContractRequest", description = "The commercial terms; the fields a price model needs are required for it")
    public record ContractRequest(
            @NotNull LocalDate startsOn,
            @NotNull PriceModel priceModel,
            @Schema(description = "Default MONTHLY") SettlementPeriod settlementPeriod,
            @Schema(description = "ISO 4217, default CNY") @Pattern(regexp = "[A-Z]{3}") String currency,
            @Min(1) Integer seats,
            @DecimalMin("0") BigDecimal seatFee,
            @DecimalMin("0") BigDecimal contactFee,
            @DecimalMin("0") BigDecimal baseFee,
            @DecimalMin("0") @DecimalMax("1") BigDecimal commissionRate,
            @DecimalMin("0") BigDecimal depositAmount,
            @DecimalMin("0") @DecimalMax("100") BigDecimal penaltyCapPercent,
            @Schema(description = "Default 3") @Min(1) @Max(24) Integer terminationAfterMonths,
            @Schema(description = "Default 10 (statements are due on the 10th of the month after the period)") @Min(1) @Max(28) Integer paymentDay,
            List<@NotNull @Valid ClauseDto> clauses,
            List<@NotNull @Valid ExtraFeeDto> extraFees,
            @Schema(description = "The version read; required when replacing") Long version) {
    }

    @Schema(name = "Contract")
    public record ContractView(Long id, long clientId, LocalDate startsOn, PriceModel priceModel, SettlementPeriod settlementPeriod,
                               String currency, Integer seats, BigDecimal seatFee, BigDecimal contactFee, BigDecimal baseFee,
                               BigDecimal commissionRate, BigDecimal depositAmount, BigDecimal penaltyCapPercent,
                               int terminationAfterMonths, int paymentDay, List<ClauseDto> clauses, List<ExtraFeeDto> extraFees,
                               long version, Instant createdAt, Instant updatedAt) {
        static ContractView of(ClientContract c) {
            return new ContractView(c.id, c.clientId, c.startsOn, c.priceModel, c.settlementPeriod, c.currency, c.seats, c.seatFee,
                    c.contactFee, c.baseFee, c.commissionRate, c.depositAmount, c.penaltyCapPercent, c.terminationAfterMonths,
                    c.paymentDay, c.clauses.stream().map(ClauseDto::of).toList(), c.extraFees.stream().map(ExtraFeeDto::of).toList(),
                    c.version, c.createdAt, c.updatedAt);
        }
    }
}
