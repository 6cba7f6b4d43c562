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

/** A supervisor's change to a run's volume over [from, to), kept apart from the model output. */
@Entity
@Table(name = "forecast_adjustment")
public class ForecastAdjustment extends VersionedEntity {

    @Column(name = "run_id", nullable = false)
    public Long runId;

    /** Null: every queue of the run. */
    @Column(name = "queue_id")
    public Long queueId;

    @Column(name = "from_instant", nullable = false)
    public Instant from;

    @Column(name = "to_instant", nullable = false)
    public Instant to;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "adjustment_kind", nullable = false)
    public AdjustmentKind kind;

    @Column(nullable = false)
    public double amount;

    @Column(length = 300)
    public String reason;

    @Column(name = "created_by", length = 100)
    public String createdBy;

    /** This adjustment applied to one interval's volume; never below 0. */
    public double apply(long queue, Instant intervalStart, double volume) {
        if ((queueId != null && queueId != queue) || intervalStart.isBefore(from) || !intervalStart.isBefore(to)) {
            return volume;
        }
        double adjusted = kind == AdjustmentKind.PERCENT ? volume * (1 + amount / 100.0) : volume + amount;
        return Math.max(0, adjusted);
    }
}
