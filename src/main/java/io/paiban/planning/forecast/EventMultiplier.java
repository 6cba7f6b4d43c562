package io.paiban.planning.forecast;

import io.paiban.platform.persistence.VersionedEntity;
import io.paiban.kernel.QueueFunction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * A user-given uplift of a calendar event for the intervals starting in [fromTime, toTime) of the day
 * {@code dayOffset} days from the event start, used when the history holds no past occurrence to learn
 * from. Narrowed to a queue function (pre-sale peaks before, after-sale after) or one queue, or neither.
 */
@Entity
@Table(name = "event_multiplier")
public class EventMultiplier extends VersionedEntity {

    @Column(name = "event_key", length = 40)
    public String eventKey;

    @Column(name = "event_id")
    public Long eventId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "queue_function")
    public QueueFunction queueFunction;

    @Column(name = "queue_id")
    public Long queueId;

    @Column(name = "day_offset", nullable = false)
    public int dayOffset;

    @Column(name = "from_time", nullable = false)
    public LocalTime fromTime;

    /** Null: until midnight. */
    @Column(name = "to_time")
    public LocalTime toTime;

    @Column(nullable = false, precision = 8, scale = 3)
    public BigDecimal multiplier;

    @Column(length = 300)
    public String notes;

    /** More specific rows are applied later, so they win where they overlap a general one. */
    int specificity() {
        return (queueId != null ? 2 : 0) + (queueFunction != null ? 1 : 0);
    }
}
