package io.paiban.floor.attendance;

import io.paiban.floor.attendance.rules.EventKind;
import io.paiban.floor.attendance.rules.Outcome;
import io.paiban.floor.attendance.rules.Tier;
import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class AttendanceDtos {

    private AttendanceDtos() {
    }

    /** Client-chosen keys: printable, no separators that would break CSV. */
    static final String KEY_PATTERN = "[A-Za-z0-9._:/-]+";

    @Schema(name = "AttendanceEventRequest")
    public record EventRequest(
            @NotNull Long agentId,
            @NotNull EventKind kind,
            @NotNull @Schema(description = "When it happened (ISO-8601 with offset)", example = "2026-03-10T08:29:40+08:00") Instant occurredAt,
            @NotBlank @Size(max = 100) @Pattern(regexp = KEY_PATTERN, message = "letters, digits and . _ : / - only")
            @Schema(description = "Chosen by the sender, unique per agent: a retry with the same key is answered with the stored "
                    + "event and records nothing", example = "dev7-20260310-000123") String idempotencyKey,
            @Schema(description = "AWAY_START only: the agent told the supervisor") Boolean reported,
            @Size(max = 500) String note) {
    }

    @Schema(name = "AttendanceEvent")
    public record EventView(Long id, Long agentId, EventKind kind, Instant occurredAt, String idempotencyKey, boolean reported,
                            EventSource source, String note, Instant recordedAt) {
        static EventView of(AttendanceEvent e) {
            return new EventView(e.id, e.agentId, e.kind, e.occurredAt, e.idempotencyKey, e.reported, e.source, e.note, e.recordedAt);
        }
    }

    @Schema(name = "AttendanceEventImportSummary")
    public record EventImportSummary(@Schema(description = "Data lines read") int lines,
                                     @Schema(description = "New events stored") int recorded,
                                     @Schema(description = "Lines whose key was already stored with the same event") int duplicates,
                                     @Schema(description = "Already evaluated agent-days evaluated again") int reevaluatedDays) {
    }

    @Schema(name = "ComplaintRequest")
    public record ComplaintRequest(
            @NotNull Long agentId,
            @NotNull @Schema(description = "Site-local day of the complaint") LocalDate complaintDate,
            @Schema(description = "The client shop whose customer complained") Long clientId,
            @NotBlank @Size(max = 1000) String reason,
            @Schema(description = "Verified complaints are fined; default false") Boolean verified,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "Complaint")
    public record ComplaintView(Long id, Long agentId, LocalDate complaintDate, Long clientId, String reason, boolean verified,
                                long version, Instant createdAt, Instant updatedAt) {
        static ComplaintView of(Complaint c) {
            return new ComplaintView(c.id, c.agentId, c.complaintDate, c.clientId, c.reason, c.verified, c.version, c.createdAt, c.updatedAt);
        }
    }

    @Schema(name = "ShiftEvaluation", description = "The outcome of one published shift; minutes are whole minutes, truncated")
    public record EvaluationView(Long agentId, String employeeNo, Long siteId, LocalDate workDate, Long shiftTemplateId, Long queueId,
                                 @Schema(description = "Stored policy applied; null = defaults") Long policyId,
                                 Instant shiftStart, Instant shiftEnd, Outcome outcome, Instant clockIn, Instant clockOut,
                                 int lateMinutes, Tier lateTier, int earlyMinutes, Tier earlyTier, int overtimeMinutes,
                                 int awayUnreported, int awayOverLimit, boolean missingClockOut, int absences, BigDecimal fine,
                                 int scheduledSeconds, int adherentSeconds, List<String> remarks, Instant evaluatedAt) {
        static EvaluationView of(AttendanceEvaluation e, String employeeNo) {
            return new EvaluationView(e.agentId, employeeNo, e.siteId, e.workDate, e.shiftTemplateId, e.queueId, e.policyId, e.shiftStart,
                    e.shiftEnd, e.outcome, e.clockInAt, e.clockOutAt, e.lateMinutes, e.lateTier, e.earlyMinutes, e.earlyTier,
                    e.overtimeMinutes, e.awayUnreported, e.awayOverLimit, e.missingClockOut, e.absences, e.fine,
                    e.scheduledSeconds, e.adherentSeconds, e.remarkList(), e.evaluatedAt);
        }
    }

    @Schema(name = "EvaluationRunRequest")
    public record EvaluationRunRequest(@NotNull Long siteId, @NotNull LocalDate from,
                                       @Schema(description = "Default: from") LocalDate to) {
    }

    @Schema(name = "EvaluationRunResult")
    public record EvaluationRunResult(Long siteId, LocalDate from, LocalDate to, int shiftsEvaluated, int changed, int removed,
                                      @Schema(description = "Monthly reports generated again because their days changed") List<String> reportsRefreshed) {
    }

    @Schema(name = "MonthlyReportRequest")
    public record MonthRequest(@NotNull Long siteId,
                               @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") @Schema(example = "2026-03") String month) {
    }

    @Schema(name = "AgentMonth", description = "One agent's attendance month")
    public record AgentMonthView(Long agentId, String employeeNo, String fullName, String team, String month, int shifts,
                                 int onTimeShifts, int lateCount, int earlyCount, int noShows, int absences, int awayViolations,
                                 int overtimeMinutes, BigDecimal lateFines, int complaints, BigDecimal complaintFines,
                                 BigDecimal bonusAmount, boolean bonusKept, BigDecimal bonusPayable, boolean dismissalFlag,
                                 String flagReasons, long scheduledSeconds, long adherentSeconds,
                                 @Schema(description = "adherentSeconds / scheduledSeconds; null when nothing was scheduled") Double adherence,
                                 Instant generatedAt,
                                 @Schema(description = "Conduct violations of the month (refused calls, private calls, fraud)") int conductViolations,
                                 @Schema(description = "Their fines: 100 then 300 for refused calls, 100 per private call, fraud at least 500")
                                 BigDecimal conductFines) {
    }

    @Schema(name = "TeamMonth")
    public record TeamView(@Schema(description = "Team name; null for agents without a team") String team, int agents, int shifts,
                           int absences, int lateOrEarly, int bonusesLost, int dismissalFlags, BigDecimal fines, Double adherence,
                           List<AgentMonthView> members) {
    }

    @Schema(name = "MonthlyAttendanceReport")
    public record MonthlyReportView(Long siteId, String month, Instant generatedAt, List<TeamView> teams) {
    }
}
