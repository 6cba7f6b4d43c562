package io.paiban.platform.error;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pool exhaustion and a dead database are 503 with Retry-After, never 500; other failures stay what they were. */
class UnavailableMappingTest {

    final ProblemMappers mappers = new ProblemMappers();

    @Test
    void connectionAcquisitionTimeoutIs503WithRetryAfter() {
        var e = new IllegalStateException("Could not read", new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!")));
        var response = mappers.unexpected(e, null);
        assertEquals(503, response.getStatus());
        assertEquals("2", String.valueOf(response.getHeaderString("Retry-After")));
        assertEquals("service-unavailable", ((Problem) response.getEntity()).type().replaceAll(".*/", ""));
    }

    @Test
    void aDeadDatabaseIs503() {
        var response = mappers.unexpected(new RuntimeException(new SQLTransientConnectionException("Connection refused", "08000")), null);
        assertEquals(503, response.getStatus());
        var down = mappers.unexpected(new RuntimeException(new SQLException("Socket fail to connect", "08S01")), null);
        assertEquals(503, down.getStatus());
    }

    @Test
    void otherFailuresAreNot503() {
        assertEquals(500, mappers.unexpected(new IllegalStateException("bug"), null).getStatus());
        assertTrue(ProblemMappers.databaseUnavailable(new SQLException("Duplicate entry", "23000")).isEmpty());
    }
}
