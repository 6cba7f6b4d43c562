package io.paiban.planning.roster.store;

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
import java.time.LocalDate;

/** One change of one agent-day: before and after (template NULL = day off), why, by whom, when. Append-only. */
@Entity
@Table(name = "roster_change")
public class RosterChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "roster_id", nullable = false)
    public Long rosterId;

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "work_date", nullable = false)
    public LocalDate workDate;

    @Column(name = "before_template_id")
    public Long beforeTemplateId;

    @Column(name = "before_queue_id")
    public Long beforeQueueId;

    @Column(name = "after_template_id")
    public Long afterTemplateId;

    @Column(name = "after_queue_id")
    public Long afterQueueId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "change_reason", nullable = false)
    public ChangeReason reason;

    @Column(length = 500)
    public String note;

    @Column(length = 100)
    public String actor;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Appends one change; notes longer than the column are cut. */
    public static RosterChange log(long rosterId, long agentId, LocalDate date, Long beforeTemplateId, Long beforeQueueId,
                                   Long afterTemplateId, Long afterQueueId, ChangeReason reason, String actor, String note,
                                   Instant at) {
        RosterChange change = new RosterChange();
        change.rosterId = rosterId;
        change.agentId = agentId;
        change.workDate = date;
        change.beforeTemplateId = beforeTemplateId;
        change.beforeQueueId = beforeQueueId;
        change.afterTemplateId = afterTemplateId;
        change.afterQueueId = afterQueueId;
        change.reason = reason;
        change.actor = actor;
        change.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
        change.changedAt = at;
        change.persist();
        return change;
    }
}
