package io.paiban.floor.attendance.assessment;

import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public final class AssessmentDtos {

    private AssessmentDtos() {
    }

    @Schema(name = "AgentPerformanceRequest", description = "An agent's monthly figures from the ACD/chat system and QA sampling")
    public record PerformanceRequest(
            @NotNull Long agentId,
            @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") @Schema(example = "2026-03") String month,
            @NotNull @Min(0) @Schema(description = "Contacts handled in the month", example = "1450") Integer contactsHandled,
            @NotNull @Min(0) @Schema(description = "Total handle time of those contacts, seconds", example = "348000") Long handleSeconds,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(description = "QA score 0-100", example = "92.5") BigDecimal qaScore,
            @Schema(description = "QA found a major error this month; default false") Boolean majorError,
            @Size(max = 500) String note,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "AgentPerformance")
    public record PerformanceView(Long id, Long agentId, String month, int contactsHandled, long handleSeconds,
                                  Double averageHandleSeconds, BigDecimal qaScore, boolean majorError, String note, long version,
                                  Instant createdAt, Instant updatedAt) {
        static PerformanceView of(AgentPerformance p) {
            return new PerformanceView(p.id, p.agentId, java.time.YearMonth.from(p.monthStart).toString(), p.contactsHandled,
                    p.handleSeconds, p.contactsHandled == 0 ? null : (double) p.handleSeconds / p.contactsHandled, p.qaScore,
                    p.majorError, p.note, p.version, p.createdAt, p.updatedAt);
        }
    }

    @Schema(name = "AgentAssessment")
    public record AssessmentView(Long agentId, String employeeNo, String fullName, String team, int rank, Integer previousRank,
                                 double score, Award award, int contactsHandled, Double averageHandleSeconds, Double adherence,
                                 int complaints, Double qaScore, boolean majorError) {
    }

    @Schema(name = "MonthlyAssessment")
    public record MonthlyAssessmentView(Long siteId, String month, Instant generatedAt, List<AssessmentView> ranking,
                                        List<AssessmentView> bestEmployees, AssessmentView mostImproved,
                                        List<AssessmentView> bottom) {
    }
}
