package io.paiban.planning.forecast;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One versioned forecast of a site or queue set over a horizon. */
@Entity
@Table(name = "forecast_run")
public class ForecastRun extends VersionedEntity {

    /** "site:3" or "queues:4,7": runs of the same scope are numbered 1, 2, 3, ... */
    @Column(name = "scope_key", nullable = false, length = 250)
    public String scopeKey;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Column(length = 200)
    public String label;

    @Column(name = "created_by", length = 100)
    public String createdBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "run_status", nullable = false)
    public ForecastRunStatus status;

    @Column(name = "horizon_start", nullable = false)
    public Instant horizonStart;

    @Column(name = "horizon_end", nullable = false)
    public Instant horizonEnd;

    @Column(name = "interval_minutes", nullable = false)
    public short intervalMinutes;

    @Column(name = "history_start", nullable = false)
    public Instant historyStart;

    /** The request settings as JSON: history weeks, forced models, candidates. */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String parameters;

    @Column(name = "elapsed_ms", nullable = false)
    public long elapsedMs;
}
