package io.paiban.planning.staffing;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Shrinkage of one queue (or every queue when {@code queueId} is empty) on one date, one weekday or
 * any day. Shrinkage is the share of paid time agents are not available for contacts.
 */
@Entity
@Table(name = "shrinkage_rule")
public class ShrinkageRule extends VersionedEntity {

    @Column(name = "queue_id")
    public Long queueId;

    @Column(name = "applies_on")
    public LocalDate appliesOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "day_of_week")
    public DayOfWeek dayOfWeek;

    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal breaks;

    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal meetings;

    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal training;

    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal absence;

    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal other;

    @Column(length = 300)
    public String notes;

    /** s = breaks + meetings + training + absence + other. */
    public double total() {
        return breaks.add(meetings).add(training).add(absence).add(other).doubleValue();
    }

    /** Higher is more specific: a queue beats every queue, a date beats a weekday beats any day. */
    int specificity() {
        return (queueId != null ? 10 : 0) + (appliesOn != null ? 2 : dayOfWeek != null ? 1 : 0);
    }

    boolean appliesTo(long queue, LocalDate date) {
        return (queueId == null || queueId == queue)
                && (appliesOn == null || appliesOn.equals(date))
                && (dayOfWeek == null || dayOfWeek == date.getDayOfWeek());
    }
}
