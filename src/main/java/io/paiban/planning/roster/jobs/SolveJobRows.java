package io.paiban.planning.roster.jobs;

import io.agroal.api.AgroalDataSource;
import io.paiban.planning.roster.jobs.SolveJobDtos.ScorePoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The solve_job row as a queue entry shared by replicas, in plain SQL: claim with a row lock that skips rows other
 * replicas hold, lease renewal and every later write guarded by {@code owner = this replica}, hand-back, stop
 * requests, and the score points. Lease times use the database's clock (UTC_TIMESTAMP), so replicas with skewed
 * clocks still agree on when a lease ran out. Every method runs in the caller's transaction.
 */
@ApplicationScoped
class SolveJobRows {

    @Inject
    AgroalDataSource dataSource;

    /** A job this replica just claimed. */
    record Claim(long jobId, long rosterId, SolveJobKind kind, String solverConfig, int timeLimitSeconds, Integer unimprovedSeconds,
                 Integer stepLimit, int improvements, double solvedSeconds, int attempts, boolean stopRequested, Instant startedAt,
                 HardMediumSoftLongScore bestScore, boolean takeover) {
    }

    private static final String CLAIMABLE = "(job_status = 'QUEUED' OR (job_status = 'SOLVING'"
            + " AND (lease_until IS NULL OR lease_until < UTC_TIMESTAMP(6))))";

    /**
     * Locks and claims the first claimable job (QUEUED, or SOLVING with a lease run out), {@code preferred} first if it
     * is claimable. Rows locked by another replica's claim are skipped, not waited for. Empty when there is nothing.
     */
    Optional<Claim> claim(String owner, int leaseSeconds, Long preferred) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Long id = null;
            if (preferred != null) {
                id = firstId(c, "SELECT id FROM solve_job WHERE id = " + preferred + " AND " + CLAIMABLE + " FOR UPDATE SKIP LOCKED");
            }
            if (id == null) {
                id = firstId(c, "SELECT id FROM solve_job WHERE " + CLAIMABLE + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED");
            }
            if (id == null) {
                return Optional.empty();
            }
            Claim claim;
            try (PreparedStatement s = c.prepareStatement("SELECT roster_id, job_kind, solver_config, time_limit_seconds,"
                    + " unimproved_seconds, step_limit, improvements, solved_seconds, attempts, stop_requested, started_at, best_score,"
                    + " job_status FROM solve_job WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    LocalDateTime started = rs.getObject(11, LocalDateTime.class);
                    String score = rs.getString(12);
                    claim = new Claim(id, rs.getLong(1), SolveJobKind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                            (Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getInt(7), rs.getDouble(8), rs.getInt(9) + 1,
                            rs.getBoolean(10), started == null ? null : started.toInstant(ZoneOffset.UTC),
                            score == null ? null : HardMediumSoftLongScore.parseScore(score), "SOLVING".equals(rs.getString(13)));
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE solve_job SET job_status = 'SOLVING', owner = ?,"
                    + " lease_until = UTC_TIMESTAMP(6) + INTERVAL ? SECOND, attempts = attempts + 1,"
                    + " started_at = COALESCE(started_at, UTC_TIMESTAMP(6)), updated_at = UTC_TIMESTAMP(6) WHERE id = ?")) {
                s.setString(1, owner);
                s.setInt(2, leaseSeconds);
                s.setLong(3, id);
                s.executeUpdate();
            }
            return Optional.of(claim);
        }
    }

    private static Long firstId(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /**
     * Renews this replica's lease and records the solving time so far; locks the row for the rest of the transaction.
     * False when the job is no longer this replica's (its lease ran out and another took it, or it was deleted).
     */
    boolean renew(long jobId, String owner, int leaseSeconds, double solvedSeconds) throws SQLException {
        return update("UPDATE solve_job SET lease_until = UTC_TIMESTAMP(6) + INTERVAL ? SECOND, solved_seconds = ?,"
                + " updated_at = UTC_TIMESTAMP(6) WHERE id = ? AND owner = ? AND job_status = 'SOLVING'",
                leaseSeconds, solvedSeconds, jobId, owner) == 1;
    }

    boolean stopRequested(long jobId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT stop_requested FROM solve_job WHERE id = ?")) {
            s.setLong(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The best score and counters after a save (the row is locked by {@link #renew} in the same transaction). */
    void saved(long jobId, HardMediumSoftLongScore score, int improvements, Instant lastImprovementAt, Instant savedAt) throws SQLException {
        update("UPDATE solve_job SET best_score = ?, hard_score = ?, medium_score = ?, soft_score = ?, improvements = ?, saves = saves + 1,"
                        + " last_improvement_at = ?, last_saved_at = ? WHERE id = ?",
                score == null ? null : score.toString(), score == null ? null : score.hardScore(),
                score == null ? null : score.mediumScore(), score == null ? null : score.softScore(), improvements,
                utc(lastImprovementAt), utc(savedAt), jobId);
    }

    void addPoints(long jobId, Collection<ScorePoint> points) throws SQLException {
        if (points.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO solve_job_point"
                + " (job_id, seq, at_seconds, score, hard_score, medium_score, soft_score) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (ScorePoint p : points) {
                s.setLong(1, jobId);
                s.setInt(2, p.seq());
                s.setDouble(3, p.atSeconds());
                s.setString(4, p.score());
                s.setLong(5, p.hard());
                s.setLong(6, p.medium());
                s.setLong(7, p.soft());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The last {@code limit} stored score points after {@code afterSeq}, oldest first. */
    List<ScorePoint> pointsAfter(long jobId, int afterSeq, int limit) {
        String sql = "SELECT seq, at_seconds, score, hard_score, medium_score, soft_score FROM (SELECT * FROM solve_job_point"
                + " WHERE job_id = ? AND seq > ? ORDER BY seq DESC LIMIT ?) p ORDER BY seq";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, jobId);
            s.setInt(2, afterSeq);
            s.setInt(3, limit);
            List<ScorePoint> points = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    points.add(new ScorePoint(rs.getInt(1), rs.getDouble(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                }
            }
            return points;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the score points of solve job " + jobId + ": " + e.getMessage(), e);
        }
    }

    /** Ends this replica's job (the owner stays, as the replica that finished it); false when it is no longer this replica's. */
    boolean finish(long jobId, String owner, SolveJobStatus status, String error, HardMediumSoftLongScore score, int improvements,
                   Instant lastImprovementAt, double solvedSeconds, Instant endedAt) throws SQLException {
        return update("UPDATE solve_job SET job_status = ?, lease_until = NULL, ended_at = ?, error_text = ?,"
                        + " improvements = ?, last_improvement_at = COALESCE(?, last_improvement_at), solved_seconds = ?,"
                        + " best_score = COALESCE(?, best_score), hard_score = COALESCE(?, hard_score),"
                        + " medium_score = COALESCE(?, medium_score), soft_score = COALESCE(?, soft_score), updated_at = UTC_TIMESTAMP(6)"
                        + " WHERE id = ? AND owner = ? AND job_status = 'SOLVING'",
                status.name(), utc(endedAt), error == null ? null : error.substring(0, Math.min(error.length(), 2000)), improvements,
                utc(lastImprovementAt), solvedSeconds, score == null ? null : score.toString(),
                score == null ? null : score.hardScore(), score == null ? null : score.mediumScore(),
                score == null ? null : score.softScore(), jobId, owner) == 1;
    }

    /** Gives a job back to the queue (this replica drains); the next claim continues from its saved roster. */
    boolean handBack(long jobId, String owner, double solvedSeconds) throws SQLException {
        return update("UPDATE solve_job SET job_status = 'QUEUED', owner = NULL, lease_until = NULL, solved_seconds = ?,"
                + " updated_at = UTC_TIMESTAMP(6) WHERE id = ? AND owner = ? AND job_status = 'SOLVING'", solvedSeconds, jobId, owner) == 1;
    }

    /** Ends a claimed job without running it (stop asked for, or too many attempts). */
    void endUnrun(long jobId, SolveJobStatus status, String error) throws SQLException {
        update("UPDATE solve_job SET job_status = ?, owner = NULL, lease_until = NULL, ended_at = UTC_TIMESTAMP(6), error_text = ?,"
                + " updated_at = UTC_TIMESTAMP(6) WHERE id = ?", status.name(), error, jobId);
    }

    /**
     * A stop asked for on any replica: a QUEUED job ends STOPPED at once; a SOLVING one is flagged and its owner stops
     * it at its next renewal (save-every). Returns the status the row had.
     */
    Optional<SolveJobStatus> requestStop(long jobId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT job_status FROM solve_job WHERE id = ? FOR UPDATE")) {
            s.setLong(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                SolveJobStatus status = SolveJobStatus.valueOf(rs.getString(1));
                if (status == SolveJobStatus.QUEUED) {
                    endUnrun(jobId, SolveJobStatus.STOPPED, null);
                } else if (status == SolveJobStatus.SOLVING) {
                    update("UPDATE solve_job SET stop_requested = TRUE, updated_at = UTC_TIMESTAMP(6) WHERE id = ?", jobId);
                }
                return Optional.of(status);
            }
        }
    }

    /**
     * Locks the roster row (so that two replicas starting a job on one roster, or publishing while one starts, take
     * turns) and returns the live jobs on it. Needs a transaction.
     */
    List<Long> lockRosterLiveJobs(long rosterId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            firstId(c, "SELECT id FROM roster WHERE id = " + rosterId + " FOR UPDATE");
            // a plain read after the lock: the callers lock first thing in their transaction, so its snapshot is taken
            // now and sees every job committed by an earlier holder of the lock. Not FOR UPDATE: an owner finishing a
            // job holds the job row and then updates the roster, which would deadlock with this.
            return ids(c, "SELECT id FROM solve_job WHERE roster_id = " + rosterId + " AND job_status IN ('QUEUED', 'SOLVING')"
                    + " ORDER BY id");
        }
    }

    long queued() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Long n = firstId(c, "SELECT COUNT(*) FROM solve_job WHERE job_status = 'QUEUED'");
            return n == null ? 0 : n;
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private int update(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
