package io.paiban.floor.attendance;

import io.paiban.floor.attendance.rules.ClockEvent;
import io.paiban.floor.attendance.rules.EventKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A clock or away event; never edited, so a retried request with the same key finds it unchanged. */
@Entity
@Table(name = "attendance_event")
public class AttendanceEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_kind", nullable = false)
    public EventKind kind;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    public String idempotencyKey;

    @Column(nullable = false)
    public boolean reported;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_source", nullable = false)
    public EventSource source;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public ClockEvent toRule() {
        return new ClockEvent(occurredAt, kind, reported);
    }

    public boolean sameEventAs(EventKind otherKind, Instant otherAt) {
        return kind == otherKind && occurredAt.equals(otherAt);
    }
}
