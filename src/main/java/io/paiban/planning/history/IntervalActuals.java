package io.paiban.planning.history;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.persistence.BatchWriter;
import io.paiban.platform.persistence.JdbcReader;
import io.paiban.platform.persistence.MultiRowInsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.paiban.platform.persistence.JdbcReader.ids;
import static io.paiban.platform.persistence.JdbcReader.instant;
import static io.paiban.platform.persistence.JdbcReader.nullableDouble;
import static io.paiban.platform.persistence.JdbcReader.nullableInt;

/**
 * The one store of interval actuals (table {@code interval_actual}): what each queue had in each interval.
 * Forecasting learns from it, service level, contracts and intraday measure with it; the history imports
 * (interval files, call logs) and the service-actuals import both write it, so a center imports a day once.
 * Only this class reads or writes the table.
 * <p>
 * Both imports upsert on (queue, interval start). A service-actuals row replaces the whole stored row. A
 * history row replaces the counts, handle time and wait it carries; the service detail it does not carry
 * (answered within the threshold, short abandons, abandon wait) stays when the stored row has the same
 * offered, answered and abandoned counts, and is cleared when they changed, since it no longer describes them.
 */
@ApplicationScoped
public class IntervalActuals {

    private static final String COLUMNS = "queue_id, interval_start, interval_minutes, offered, answered, abandoned,"
            + " short_abandoned, short_abandon_seconds, answered_within, threshold_seconds, handle_seconds, answer_wait_seconds,"
            + " abandon_wait_seconds";
    private static final String[] INSERTED = (COLUMNS + ", imported_at").split(",\\s*");

    private static final MultiRowInsert SERVICE_ACTUALS = MultiRowInsert.into("interval_actual", INSERTED)
            .updating("interval_minutes", "offered", "answered", "abandoned", "short_abandoned", "short_abandon_seconds",
                    "answered_within", "threshold_seconds", "handle_seconds", "answer_wait_seconds", "abandon_wait_seconds",
                    "imported_at");

    /** Same counts as stored: the service detail still describes them. Assignments run left to right, so these come first. */
    private static final String SAME = "(offered = VALUES(offered) AND answered = VALUES(answered) AND abandoned = VALUES(abandoned)"
            + " AND interval_minutes = VALUES(interval_minutes))";
    private static final MultiRowInsert HISTORY = MultiRowInsert.into("interval_actual", INSERTED)
            .onDuplicateKeyUpdate("answered_within = IF(" + SAME + ", answered_within, NULL),"
                    + " threshold_seconds = IF(" + SAME + ", threshold_seconds, NULL),"
                    + " short_abandoned = IF(" + SAME + ", short_abandoned, 0),"
                    + " short_abandon_seconds = IF(" + SAME + ", short_abandon_seconds, 0),"
                    + " abandon_wait_seconds = IF(" + SAME + ", abandon_wait_seconds, NULL),"
                    + " handle_seconds = IF(" + SAME + ", COALESCE(VALUES(handle_seconds), handle_seconds), VALUES(handle_seconds)),"
                    + " answer_wait_seconds = IF(" + SAME + ", COALESCE(VALUES(answer_wait_seconds), answer_wait_seconds),"
                    + " VALUES(answer_wait_seconds)),"
                    + " interval_minutes = VALUES(interval_minutes), offered = VALUES(offered), answered = VALUES(answered),"
                    + " abandoned = VALUES(abandoned), imported_at = VALUES(imported_at)");

    /** How much one queue holds. */
    public record Coverage(long queueId, long rows, Instant first, Instant last, Long offered, Integer intervalMinutes) {
    }

    @Inject
    JdbcReader reader;

    @Inject
    BatchWriter writer;

    // --- writing -----------------------------------------------------------------------------

    /** Rows of contact history (interval files, call logs, the demo center). */
    @Transactional
    public void storeHistory(List<IntervalActual> rows) {
        store(rows, HISTORY);
    }

    /** Rows of the service-actuals import, with the service detail of the ACD. */
    @Transactional
    public void storeServiceActuals(List<IntervalActual> rows) {
        store(rows, SERVICE_ACTUALS);
    }

    private void store(List<IntervalActual> rows, MultiRowInsert upsert) {
        requireOneGrid(rows);
        Instant now = Instant.now();
        writer.write(upsert, rows, r -> new Object[]{r.queueId(), r.intervalStart(), r.intervalMinutes(), r.offered(), r.answered(),
                r.abandoned(), r.shortAbandoned(), r.shortAbandonSeconds(), r.answeredWithin(), r.thresholdSeconds(),
                r.handleSeconds(), r.answerWaitSeconds(), r.abandonWaitSeconds(), now});
    }

    /** A queue's actuals stay on one interval length, or its 15- and 30-minute rows would overlap and count twice. */
    private void requireOneGrid(List<IntervalActual> rows) {
        Map<Long, Integer> importing = new HashMap<>();
        rows.forEach(r -> importing.putIfAbsent(r.queueId(), r.intervalMinutes()));
        List<Problem.InvalidParam> problems = new ArrayList<>();
        intervalMinutes(importing.keySet()).forEach((queue, stored) -> {
            if (!stored.equals(importing.get(queue))) {
                problems.add(Problem.InvalidParam.field("intervalMinutes", "queue " + queue + " already holds " + stored
                        + "-minute interval actuals; import it at that length"));
            }
        });
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems.get(0).message(), problems);
        }
    }

    /** Deletes a queue's rows with interval starts in [from, to) (undoing an import); returns how many. */
    @Transactional
    public int delete(long queueId, Instant from, Instant to) {
        return IntervalActualsSql.delete(queueId, from, to);
    }

    // --- reading -----------------------------------------------------------------------------

    /** The rows of the given queues with interval starts in [from, to), in time order. */
    public List<IntervalActual> between(Collection<Long> queueIds, Instant from, Instant to) {
        if (queueIds.isEmpty()) {
            return List.of();
        }
        return reader.list("SELECT " + COLUMNS + " FROM interval_actual WHERE queue_id IN (" + ids(queueIds) + ")"
                + " AND interval_start >= ? AND interval_start < ? ORDER BY interval_start, queue_id", IntervalActuals::row, from, to);
    }

    /** At most {@code limit} rows of one queue in [from, to), in time order. */
    public List<IntervalActual> between(long queueId, Instant from, Instant to, int limit) {
        return reader.list("SELECT " + COLUMNS + " FROM interval_actual WHERE queue_id = ? AND interval_start >= ? AND interval_start < ?"
                + " ORDER BY interval_start LIMIT " + limit, IntervalActuals::row, queueId, from, to);
    }

    /** The first interval start of a queue in [from, to). */
    public Optional<Instant> first(long queueId, Instant from, Instant to) {
        return Optional.ofNullable(reader.list("SELECT MIN(interval_start) FROM interval_actual WHERE queue_id = ? AND interval_start >= ?"
                + " AND interval_start < ?", rs -> instant(rs, 1), queueId, from, to).get(0));
    }

    /** The latest interval start of a queue. */
    public Optional<Instant> last(long queueId) {
        return Optional.ofNullable(reader.list("SELECT MAX(interval_start) FROM interval_actual WHERE queue_id = ?",
                rs -> instant(rs, 1), queueId).get(0));
    }

    /** The interval length each queue's actuals are stored at (one per queue). */
    public Map<Long, Integer> intervalMinutes(Collection<Long> queueIds) {
        Map<Long, Integer> minutes = new HashMap<>();
        if (!queueIds.isEmpty()) {
            reader.list("SELECT queue_id, MIN(interval_minutes) FROM interval_actual WHERE queue_id IN (" + ids(queueIds) + ") GROUP BY queue_id",
                    rs -> minutes.put(rs.getLong(1), rs.getInt(2)));
        }
        return minutes;
    }

    public Optional<Integer> intervalMinutes(long queueId) {
        return Optional.ofNullable(intervalMinutes(List.of(queueId)).get(queueId));
    }

    /** Rows, first and last interval, total offered and interval length per queue (queues without rows included). */
    public Map<Long, Coverage> coverage(Collection<Long> queueIds) {
        Map<Long, Coverage> coverage = new HashMap<>();
        queueIds.forEach(id -> coverage.put(id, new Coverage(id, 0, null, null, null, null)));
        if (!queueIds.isEmpty()) {
            reader.list("SELECT queue_id, COUNT(*), MIN(interval_start), MAX(interval_start), SUM(offered), MIN(interval_minutes)"
                            + " FROM interval_actual WHERE queue_id IN (" + ids(queueIds) + ") GROUP BY queue_id",
                    rs -> coverage.put(rs.getLong(1), new Coverage(rs.getLong(1), rs.getLong(2), instant(rs, 3), instant(rs, 4),
                            rs.getLong(5), rs.getInt(6))));
        }
        return coverage;
    }

    private static IntervalActual row(ResultSet rs) throws SQLException {
        return new IntervalActual(rs.getLong(1), instant(rs, 2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8), nullableInt(rs, 9), nullableInt(rs, 10), nullableDouble(rs, 11),
                nullableDouble(rs, 12), nullableDouble(rs, 13));
    }
}
