package io.paiban.masterdata.training;

import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

public final class TrainingDtos {

    private TrainingDtos() {
    }

    @Schema(name = "TrainingCourseRequest", description = "A product training needed on some queues before a deadline")
    public record TrainingCourseRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Double 11 coupon rules") String name,
            @Size(max = 200) String product,
            @NotNull @Schema(description = "First day of sale: untrained agents lose the queues from this date", example = "2026-11-01")
            LocalDate deadline,
            @NotNull @Min(1) @Max(24 * 60) @Schema(description = "Training time per agent, counted by the capacity plan") Integer durationMinutes,
            @NotEmpty @Schema(description = "Queues the product affects") Set<Long> queueIds,
            @Size(max = 500) String note,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "TrainingCourse")
    public record TrainingCourseView(Long id, String name, String product, LocalDate deadline, int durationMinutes, List<Long> queueIds,
                                     String note, long version, Instant createdAt, Instant updatedAt) {
        static TrainingCourseView of(TrainingCourse c) {
            return new TrainingCourseView(c.id, c.name, c.product, c.deadline, c.durationMinutes, c.queueIds.stream().sorted().toList(),
                    c.note, c.version, c.createdAt, c.updatedAt);
        }
    }

    @Schema(name = "TrainingCompletionRequest")
    public record CompletionRequest(@NotNull Long agentId, @NotNull @Schema(example = "2026-10-28") LocalDate completedOn) {
    }

    @Schema(name = "TrainingStatus", description = "Per agent certified on one of the course's queues: trained or not, and the "
            + "queues lost from the deadline when not trained before it")
    public record TrainingStatus(long agentId, String employeeNo, String fullName, LocalDate completedOn, boolean trainedInTime,
                                 List<Long> queuesLostFrom, LocalDate lapsesOn) {
    }
}
