package io.paiban.planning.history;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Migration V10 on data: the rows of contact_history and queue_interval_actual of a schema at V9 end up in
 * interval_actual, handle time and wait as sums, and where both tables describe the same queue and time
 * (the same key, or a 15-minute history row under a 30-minute service-level row) the service-level row wins.
 */
@QuarkusTest
class IntervalActualsMigrationTest {

    private static final String SCHEMA = "paiban_v10_check";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void bothTablesMergeIntoTheOneStoreAndTheServiceLevelRowWinsWhereTheyOverlap() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP DATABASE IF EXISTS " + SCHEMA);
            s.executeUpdate("CREATE DATABASE " + SCHEMA);
        }
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        String checkUrl = url.substring(0, url.lastIndexOf('/') + 1) + SCHEMA;
        try {
            Flyway.configure().dataSource(checkUrl, user, password).target("9").load().migrate();
            try (Connection c = DriverManager.getConnection(checkUrl, user, password); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO site (id, code, name, time_zone, row_version, created_at, updated_at)"
                        + " VALUES (1, 'S', 'S', 'Asia/Shanghai', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
                s.executeUpdate("INSERT INTO client (id, code, name, platform, row_version, created_at, updated_at)"
                        + " VALUES (1, 'C', 'C', 'JD', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
                s.executeUpdate("INSERT INTO service_queue (id, code, name, client_id, site_id, channel, queue_function, target_kind,"
                        + " target_share, threshold_seconds, business_hours, default_handle_seconds, chat_concurrency, row_version,"
                        + " created_at, updated_at) VALUES (1, 'Q', 'Q', 1, 1, 'PHONE', 'PRE_SALE', 'ANSWER_WITHIN', 0.8, 20, FALSE,"
                        + " 240, 1, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
                // 15-minute history from 02:00 to 03:00; the ACD reported 02:30-03:00 as one 30-minute row, and 04:00.
                s.executeUpdate("INSERT INTO contact_history (queue_id, interval_start, interval_minutes, offered, answered, abandoned,"
                        + " aht_seconds, avg_wait_seconds) VALUES"
                        + " (1, '2026-11-02 02:00:00', 15, 10, 9, 1, 200, 12),"
                        + " (1, '2026-11-02 02:15:00', 15, 11, 11, 0, NULL, NULL),"
                        + " (1, '2026-11-02 02:30:00', 15, 12, 12, 0, 150, 5),"
                        + " (1, '2026-11-02 02:45:00', 15, 13, 13, 0, 150, 5)");
                s.executeUpdate("INSERT INTO queue_interval_actual (queue_id, interval_start, interval_minutes, offered, answered,"
                        + " answered_within, threshold_seconds, abandoned, short_abandoned, short_abandon_seconds, handle_seconds,"
                        + " answer_wait_seconds, abandon_wait_seconds, imported_at) VALUES"
                        + " (1, '2026-11-02 02:30:00', 30, 26, 24, 20, 20, 2, 1, 5, 4800, 240, 30, UTC_TIMESTAMP(6)),"
                        + " (1, '2026-11-02 04:00:00', 30, 5, 5, 5, 20, 0, 0, 5, 1000, NULL, NULL, UTC_TIMESTAMP(6))");
            }
            Flyway.configure().dataSource(checkUrl, user, password).load().migrate();
            try (Connection c = DriverManager.getConnection(checkUrl, user, password); Statement s = c.createStatement()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT interval_start, interval_minutes, offered, answered, abandoned, short_abandoned,"
                        + " short_abandon_seconds, answered_within, threshold_seconds, handle_seconds, answer_wait_seconds,"
                        + " abandon_wait_seconds FROM interval_actual ORDER BY interval_start")) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(rs.getString(1).substring(11, 16));
                        for (int i = 2; i <= 12; i++) {
                            row.append(' ').append(rs.getObject(i));
                        }
                        rows.add(row.toString());
                    }
                }
                assertEquals(List.of(
                        "02:00 15 10 9 1 0 0 null null 1800.0 108.0 null",
                        "02:15 15 11 11 0 0 0 null null null null null",
                        "02:30 30 26 24 2 1 5 20 20 4800.0 240.0 30.0",
                        "04:00 30 5 5 0 0 5 5 20 1000.0 null null"), rows);
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + SCHEMA
                        + "' AND table_name IN ('contact_history', 'queue_interval_actual')")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1));
                }
                assertFalse(Flyway.configure().dataSource(checkUrl, user, password).load().info().pending().length > 0);
            }
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DROP DATABASE IF EXISTS " + SCHEMA);
            }
        }
    }
}
