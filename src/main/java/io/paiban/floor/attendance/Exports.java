package io.paiban.floor.attendance;

import io.paiban.platform.csv.CsvExport;

import io.paiban.floor.attendance.AttendanceDtos.AgentMonthView;
import io.paiban.floor.attendance.AttendanceDtos.EvaluationView;
import io.paiban.floor.attendance.AttendanceDtos.MonthlyReportView;
import io.paiban.floor.attendance.AttendanceDtos.TeamView;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The CSV exports: one row per record, the same fields as the JSON, times as UTC instants. */
public final class Exports {

    private Exports() {
    }

    public static Response csv(String fileName, CsvExport export) {
        return Response.ok(export.toString(), CsvExport.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    public static CsvExport evaluations(List<EvaluationView> rows) {
        CsvExport csv = new CsvExport("work_date", "agent_id", "employee_no", "site_id", "shift_template_id", "queue_id", "shift_start",
                "shift_end", "outcome", "clock_in", "clock_out", "late_minutes", "late_tier", "early_minutes", "early_tier",
                "overtime_minutes", "away_unreported", "away_over_limit", "missing_clock_out", "absences", "fine_yuan",
                "scheduled_seconds", "adherent_seconds", "remarks");
        for (EvaluationView e : rows) {
            csv.row(e.workDate(), e.agentId(), e.employeeNo(), e.siteId(), e.shiftTemplateId(), e.queueId(), e.shiftStart(), e.shiftEnd(),
                    e.outcome(), e.clockIn(), e.clockOut(), e.lateMinutes(), e.lateTier(), e.earlyMinutes(), e.earlyTier(),
                    e.overtimeMinutes(), e.awayUnreported(), e.awayOverLimit(), e.missingClockOut(), e.absences(), e.fine(),
                    e.scheduledSeconds(), e.adherentSeconds(), String.join("; ", e.remarks()));
        }
        return csv;
    }

    public static CsvExport monthly(MonthlyReportView report) {
        CsvExport csv = new CsvExport("month", "site_id", "team", "agent_id", "employee_no", "full_name", "shifts", "on_time_shifts",
                "late_count", "early_count", "no_shows", "absences", "away_violations", "overtime_minutes", "late_fines",
                "complaints", "complaint_fines", "bonus_amount", "bonus_kept", "bonus_payable", "dismissal_flag", "flag_reasons",
                "scheduled_seconds", "adherent_seconds", "adherence");
        for (TeamView team : report.teams()) {
            for (AgentMonthView m : team.members()) {
                csv.row(report.month(), report.siteId(), m.team(), m.agentId(), m.employeeNo(), m.fullName(), m.shifts(),
                        m.onTimeShifts(), m.lateCount(), m.earlyCount(), m.noShows(), m.absences(), m.awayViolations(),
                        m.overtimeMinutes(), m.lateFines(), m.complaints(), m.complaintFines(), m.bonusAmount(), m.bonusKept(),
                        m.bonusPayable(), m.dismissalFlag(), m.flagReasons(), m.scheduledSeconds(), m.adherentSeconds(),
                        m.adherence() == null ? null : String.format(java.util.Locale.ROOT, "%.4f", m.adherence()));
            }
        }
        return csv;
    }
}
