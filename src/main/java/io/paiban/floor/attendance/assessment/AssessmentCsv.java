package io.paiban.floor.attendance.assessment;

import io.paiban.platform.csv.CsvExport;
import io.paiban.floor.attendance.assessment.AssessmentDtos.AssessmentView;
import io.paiban.floor.attendance.assessment.AssessmentDtos.MonthlyAssessmentView;

/** The assessment ranking as CSV: one row per agent, the same fields as the JSON. */
final class AssessmentCsv {

    private AssessmentCsv() {
    }

    static CsvExport of(MonthlyAssessmentView view) {
        CsvExport csv = new CsvExport("month", "site_id", "rank", "previous_rank", "agent_id", "employee_no", "full_name", "team",
                "score", "award", "contacts_handled", "avg_handle_seconds", "adherence", "complaints", "qa_score", "major_error");
        for (AssessmentView a : view.ranking()) {
            csv.row(view.month(), view.siteId(), a.rank(), a.previousRank(), a.agentId(), a.employeeNo(), a.fullName(), a.team(),
                    a.score(), a.award(), a.contactsHandled(), a.averageHandleSeconds(), a.adherence(), a.complaints(), a.qaScore(),
                    a.majorError());
        }
        return csv;
    }
}
