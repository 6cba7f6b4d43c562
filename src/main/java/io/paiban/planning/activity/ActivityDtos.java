package io.paiban.planning.activity;

import io.paiban.kernel.ActivityKind;
import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

public final class ActivityDtos {

    private ActivityDtos() {
    }

    @Schema(name = "ActivityRuleRequest", description = "A recurring group activity; TEAM needs teamName, QUEUE needs queueId")
    public record ActivityRuleRequest(
            @Schema(description = "Null: every site") Long siteId,
            @NotBlank @Size(max = 200) @Schema(example = "Weekly team meeting") String name,
            @NotNull ActivityKind kind,
            @NotNull Audience audience,
            @Size(max = 100) String teamName,
            Long queueId,
            @Schema(description = "Null: every day", example = "MONDAY") DayOfWeek dayOfWeek,
            @NotNull @Schema(example = "08:00:00") LocalTime startTime,
            @NotNull @Min(5) @Max(480) Integer durationMinutes,
            Boolean paid,
            Boolean active,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "ActivityRule")
    public record ActivityRuleView(Long id, Long siteId, String name, ActivityKind kind, Audience audience, String teamName, Long queueId,
                                   DayOfWeek dayOfWeek, LocalTime startTime, int durationMinutes, boolean paid, boolean active,
                                   long version) {
        static ActivityRuleView of(ActivityRule r) {
            return new ActivityRuleView(r.id, r.siteId, r.name, r.kind, r.audience, r.teamName, r.queueId, r.dayOfWeek, r.startTime,
                    r.durationMinutes, r.paid, r.active, r.version);
        }
    }

    @Schema(name = "BreakWindowRequest", description = "Times on quarter hours, site-local; a time before the template's start is the next day")
    public record BreakWindowRequest(
            @NotNull Long templateId,
            @NotNull @Schema(description = "BREAK or LUNCH") ActivityKind kind,
            @NotNull @Min(5) @Max(120) Integer durationMinutes,
            @NotNull @Schema(example = "11:00:00") LocalTime earliestStart,
            @NotNull @Schema(example = "13:00:00") LocalTime latestStart,
            @NotNull @Schema(example = "12:00:00", description = "Start without placement (baseline)") LocalTime fixedStart,
            Boolean paid,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "BreakWindow")
    public record BreakWindowView(Long id, Long templateId, ActivityKind kind, int durationMinutes, LocalTime earliestStart,
                                  LocalTime latestStart, LocalTime fixedStart, boolean paid, long version) {
        static BreakWindowView of(BreakWindow w) {
            return new BreakWindowView(w.id, w.templateId, w.kind, w.durationMinutes, w.earliestStart, w.latestStart, w.fixedStart,
                    w.paid, w.version);
        }
    }

    @Schema(name = "ActivityRequest", description = "A booked activity (coaching, training, an extra meeting) for one agent-day; "
            + "times are instants. A TRAINING activity may name its training course; completing it records the completion.")
    public record ActivityRequest(
            @NotNull Long agentId,
            @NotNull @Schema(description = "Work date of the shift it belongs to", example = "2026-11-23") LocalDate workDate,
            @NotNull ActivityKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotNull Instant startsAt,
            @NotNull Instant endsAt,
            Boolean paid,
            Long trainingCourseId,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "Activity")
    public record ActivityView(Long id, Long rosterId, long siteId, long agentId, LocalDate workDate, Long templateId, ActivityKind kind,
                               ActivitySource source, String title, Instant startsAt, Instant endsAt, int minutes, boolean paid,
                               Long trainingCourseId, boolean completed, long version) {
        static ActivityView of(ShiftActivity a) {
            return new ActivityView(a.id, a.rosterId, a.siteId, a.agentId, a.workDate, a.templateId, a.kind, a.source, a.title, a.startsAt,
                    a.endsAt, a.minutes(), a.paid, a.trainingCourseId, a.completed, a.version);
        }
    }

    @Schema(name = "ActivityGroupRequest", description = "Book one activity for a group of the site's active agents: a team "
            + "(teamName), the agents certified on a queue (queueId), or all; local date and time in the site zone")
    public record GroupActivityRequest(
            @NotNull Long siteId,
            @NotNull Audience audience,
            String teamName,
            Long queueId,
            @NotNull ActivityKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate date,
            @NotNull LocalTime startTime,
            @NotNull @Min(5) @Max(600) Integer durationMinutes,
            Long trainingCourseId) {
    }

    @Schema(name = "ActivityPlan", description = "Activities planned for a roster, and coverage in agent-slots (15 minutes) "
            + "with every break at its fixed start and with breaks placed; covered = sum over queue and slot of min(on queue, required)")
    public record PlanResult(long rosterId, int slotMinutes, Map<ActivityKind, Integer> activities, long fixedCovered, long fixedShort,
                             long placedCovered, long placedShort, int moves) {
    }

    @Schema(name = "ActivityCoverage", description = "One queue and 15-minute slot: required agents, agents on shift, agents on the "
            + "queue (on shift and in no break or activity), and the shortfall")
    public record CoverageRow(long queueId, Instant slotStart, LocalDateTime localStart, int required, int onShift, int onQueue, int shortfall) {
    }

    @Schema(name = "HandoverNoteRequest", description = "The night shift's note for the next day shift")
    public record HandoverNoteRequest(@NotNull Long siteId, @NotNull @Schema(description = "Work date of the night shift") LocalDate date,
                                      @NotBlank @Size(max = 4000) String body) {
    }

    @Schema(name = "HandoverNote")
    public record HandoverNoteView(Long id, long siteId, LocalDate date, Long agentId, String author, String body, Instant createdAt,
                                   Instant updatedAt, long version) {
        static HandoverNoteView of(HandoverNote n) {
            return new HandoverNoteView(n.id, n.siteId, n.workDate, n.agentId, n.author, n.body, n.createdAt, n.updatedAt, n.version);
        }
    }

    @Schema(name = "MissingHandoverNote", description = "A night with a published night shift and no handover note")
    public record MissingNote(LocalDate date, List<Long> nightAgentIds) {
    }
}
