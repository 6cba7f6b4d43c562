package io.paiban.planning.staffing;

import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

public final class ShrinkageDtos {

    private ShrinkageDtos() {
    }

    @Schema(name = "ShrinkageRuleRequest", description = "Shares of paid time (0 to 1) lost to each cause; omitted causes are 0. "
            + "Give at most one of appliesOn (a date) and dayOfWeek; neither means every day.")
    public record ShrinkageRuleRequest(
            @Schema(description = "Omitted: every queue") Long queueId,
            LocalDate appliesOn,
            DayOfWeek dayOfWeek,
            @DecimalMin("0") @DecimalMax("0.95") BigDecimal breaks,
            @DecimalMin("0") @DecimalMax("0.95") BigDecimal meetings,
            @DecimalMin("0") @DecimalMax("0.95") BigDecimal training,
            @DecimalMin("0") @DecimalMax("0.95") BigDecimal absence,
            @DecimalMin("0") @DecimalMax("0.95") BigDecimal other,
            @Size(max = 300) String notes,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "ShrinkageRule")
    public record ShrinkageRuleView(Long id, Long queueId, LocalDate appliesOn, DayOfWeek dayOfWeek, BigDecimal breaks,
                                    BigDecimal meetings, BigDecimal training, BigDecimal absence, BigDecimal other,
                                    double total, String notes, long version, Instant createdAt, Instant updatedAt) {
        static ShrinkageRuleView of(ShrinkageRule r) {
            return new ShrinkageRuleView(r.id, r.queueId, r.appliesOn, r.dayOfWeek, r.breaks, r.meetings, r.training,
                    r.absence, r.other, r.total(), r.notes, r.version, r.createdAt, r.updatedAt);
        }
    }
}
