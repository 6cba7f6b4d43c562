package io.paiban.masterdata.workforce;

import io.paiban.kernel.EmploymentType;

import io.paiban.kernel.AgentStatus;

import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

public final class AgentDtos {

    private AgentDtos() {
    }

    @Schema(name = "Certification", description = "The agent passed the queue's training on certifiedOn")
    public record CertificationDto(@NotNull Long queueId, @NotNull LocalDate certifiedOn) {
    }

    @Schema(name = "AgentRequest")
    public record AgentRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '_' and '-' only") String employeeNo,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Long siteId,
            @NotNull EmploymentType employmentType,
            @NotNull AgentStatus status,
            @NotNull @DecimalMin("0") @DecimalMax("84") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Contract hours per week (six 8-hour days = 48)", example = "48") BigDecimal contractHoursPerWeek,
            boolean nightEligible,
            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2)
            @Schema(description = "Cost of one paid hour, yuan", example = "28.50") BigDecimal hourlyCost,
            LocalDate hiredOn,
            List<@NotNull @Valid CertificationDto> certifications,
            @Size(max = 100) @Schema(description = "Team within the site; attendance reports group by it", example = "Team A") String teamName,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "Agent")
    public record AgentView(Long id, String employeeNo, String fullName, Long siteId, EmploymentType employmentType,
                            AgentStatus status, BigDecimal contractHoursPerWeek, boolean nightEligible,
                            BigDecimal hourlyCost, LocalDate hiredOn, List<CertificationDto> certifications,
                            String teamName, long version, Instant createdAt, Instant updatedAt) {
        static AgentView of(Agent a) {
            return new AgentView(a.id, a.employeeNo, a.fullName, a.site.id, a.employmentType, a.status,
                    a.contractHoursPerWeek, a.nightEligible, a.hourlyCost, a.hiredOn,
                    a.certifications.stream().map(c -> new CertificationDto(c.queueId, c.certifiedOn))
                            .sorted(Comparator.comparing(CertificationDto::queueId)).toList(),
                    a.teamName, a.version, a.createdAt, a.updatedAt);
        }
    }

    @Schema(name = "AgentPage")
    public record AgentPage(List<AgentView> items, int page, int size, long total) {
    }
}
