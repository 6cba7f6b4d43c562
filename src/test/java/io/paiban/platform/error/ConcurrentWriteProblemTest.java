package io.paiban.platform.error;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Races between replicas reach the client as 409 problems, not as 500s. */
class ConcurrentWriteProblemTest {

    @Test
    void deadlocksLockWaitsAndGaleraCertificationFailuresAre409() {
        Throwable[] races = {
                new IllegalStateException("save failed", new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)),
                new RuntimeException(new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205)),
                // Galera reports a write set that lost certification as a deadlock
                new RuntimeException(new SQLException("WSREP detected deadlock/conflict and aborted the transaction", "40001", 1213)),
                new org.hibernate.exception.LockAcquisitionException("could not execute statement",
                        new SQLException("Deadlock found", "40001", 1213)),
        };
        for (Throwable race : races) {
            Problem p = ProblemMappers.classify(race, "/api/x");
            assertEquals(409, p.status(), race.toString());
            assertTrue(p.detail().contains("Send the request again"), p.detail());
        }
    }

    @Test
    void aDuplicateKeyFromPlainJdbcIs409() {
        Problem p = ProblemMappers.classify(new IllegalStateException("batch failed", new SQLIntegrityConstraintViolationException(
                "(conn=12) Duplicate entry '7-k1' for key 'uk_attendance_event_key'", "23000", 1062)), "/api/x");
        assertEquals(409, p.status());
        assertTrue(p.detail().contains("duplicate entry '7-k1'"), p.detail());
    }

    @Test
    void otherFailuresStay500() {
        assertEquals(500, ProblemMappers.classify(new SQLException("Table 'x' doesn't exist", "42S02", 1146), "/api/x").status());
    }
}
