package io.paiban.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Empties the master-data tables for tests that need an empty database (the seeded shift templates stay). */
@ApplicationScoped
public class DatabaseCleaner {

    @Inject
    AgroalDataSource dataSource;

    public void deleteMasterData() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : new String[]{"capacity_plan", "intraday_action", "intraday_run",
                    "agent_assessment", "agent_performance", "attendance_run", "attendance_month",
                    "attendance_evaluation", "attendance_policy", "attendance_complaint", "attendance_event",
                    "settlement_statement_line", "settlement_statement",
                    "contract_extra_fee", "contract_clause", "client_contract", "sale_follow_up", "complaint_case", "agent_level", "tagged_sale", "agent_state_interval",
                    "queue_quality_day", "deferred_item_actual", "interval_actual",
                    "agent_notification", "swap_request_day", "swap_request", "leave_request_replan", "leave_request",
                    "calendar_feed_token", "handover_note", "shift_activity", "training_completion", "training_course", "roster_change", "roster_assignment", "solve_job", "roster",
                    "agent_absence", "flex_offer", "agent_preference", "roster_weight", "forecast_adjustment", "forecast_value", "forecast_queue_result", "forecast_run",
                    "event_multiplier", "call_log_mapping", "agent_certification", "agent", "calendar_event",
                    "queue_opening_hours", "service_queue", "client_service_standard", "client", "site"}) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }
}
