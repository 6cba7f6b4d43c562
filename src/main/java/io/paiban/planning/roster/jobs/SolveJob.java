package io.paiban.planning.roster.jobs;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One solve of a roster: state, configuration, best score and timing. Finished jobs live only here. */
@Entity
@Table(name = "solve_job")
public class SolveJob extends VersionedEntity {

    @Column(name = "roster_id", nullable = false)
    public Long rosterId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "job_kind", nullable = false)
    public SolveJobKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "job_status", nullable = false)
    public SolveJobStatus status;

    @Column(name = "solver_config", nullable = false, length = 40)
    public String solverConfig;

    @Column(name = "time_limit_seconds", nullable = false)
    public int timeLimitSeconds;

    @Column(name = "unimproved_seconds")
    public Integer unimprovedSeconds;

    @Column(name = "step_limit")
    public Integer stepLimit;

    @Column(name = "restarted_from_job_id")
    public Long restartedFromJobId;

    @Column(name = "best_score", length = 100)
    public String bestScore;

    @Column(name = "hard_score")
    public Long hardScore;

    @Column(name = "medium_score")
    public Long mediumScore;

    @Column(name = "soft_score")
    public Long softScore;

    /** New best solutions found. */
    @Column(nullable = false)
    public int improvements;

    /** Times the best roster was written to roster_assignment (coalesced: far fewer than improvements). */
    @Column(nullable = false)
    public int saves;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "last_improvement_at")
    public Instant lastImprovementAt;

    @Column(name = "last_saved_at")
    public Instant lastSavedAt;

    @Column(name = "error_text", length = 2000)
    public String errorText;

    /** The replica solving the job, or that finished it; null while queued. Written by SolveJobRows only. */
    @Column(length = 100)
    public String owner;

    /** Until when the owner holds the job without renewing; after that another replica may take it over. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** Claims so far: 1 for a job solved where it was first claimed, more after takeovers. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "stop_requested", nullable = false)
    public boolean stopRequested;

    /** Solving seconds spent so far, by all owners. */
    @Column(name = "solved_seconds", nullable = false)
    public double solvedSeconds;
}
