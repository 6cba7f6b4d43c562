package io.paiban.kernel;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalTime;

@Schema(name = "ServiceTarget", description = "A service standard. ANSWER_WITHIN: targetShare of contacts answered within "
        + "thresholdSeconds. REPLY_WITHIN: targetShare replied within thresholdSeconds (counted in the queue's opening "
        + "hours when businessHours). REPLY_BY_CUTOFF: items received before cutoffTime are due at replyByTime the same "
        + "day, later ones at replyByTime the next day.")
public record ServiceTargetDto(
        @NotNull @Schema(example = "ANSWER_WITHIN") TargetKind kind,
        @NotNull @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0")
        @Schema(description = "Share in (0,1], e.g. 0.9 for 90%", example = "0.9") BigDecimal targetShare,
        @Positive @Schema(example = "300") Integer thresholdSeconds,
        @Schema(description = "Count the deadline in opening hours only") boolean businessHours,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "16:00") LocalTime cutoffTime,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "18:00") LocalTime replyByTime) {

    public ServiceTarget toEntity() {
        return new ServiceTarget(kind, targetShare, thresholdSeconds, businessHours, cutoffTime, replyByTime);
    }

    public static ServiceTargetDto of(ServiceTarget target) {
        return new ServiceTargetDto(target.kind, target.targetShare, target.thresholdSeconds, target.businessHours,
                target.cutoffTime, target.replyByTime);
    }
}
