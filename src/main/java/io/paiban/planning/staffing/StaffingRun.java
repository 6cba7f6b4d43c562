package io.paiban.planning.staffing;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** The staffing requirement computed from one forecast run; immutable once stored. */
@Entity
@Table(name = "staffing_run")
public class StaffingRun extends VersionedEntity {

    @Column(name = "forecast_run_id", nullable = false)
    public Long forecastRunId;

    @Column(length = 200)
    public String label;

    @Column(name = "horizon_start", nullable = false)
    public Instant horizonStart;

    @Column(name = "horizon_end", nullable = false)
    public Instant horizonEnd;

    @Column(name = "interval_minutes", nullable = false)
    public short intervalMinutes;

    /** The run's options as JSON text, so a run can be explained and repeated. */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String parameters;

    @Column(name = "elapsed_ms", nullable = false)
    public long elapsedMs;
}
