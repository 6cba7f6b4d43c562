package io.paiban.floor.intraday;

import io.paiban.floor.intraday.engine.ActionKind;
import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A proposed flex action of a run; before_* is the agent's published duty the proposal was made on, after_* what
 * accepting it published. The agent's answer to an offer is on the same row.
 */
@Entity
@Table(name = "intraday_action")
public class IntradayAction extends VersionedEntity {

    @Column(name = "run_id", nullable = false)
    public Long runId;

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "work_date", nullable = false)
    public LocalDate workDate;

    @Column(name = "rank_no", nullable = false)
    public int rank;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "action_kind", nullable = false)
    public ActionKind kind;

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "from_queue_id")
    public Long fromQueueId;

    @Column(name = "to_queue_id")
    public Long toQueueId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public int minutes;

    @Column(nullable = false)
    public double cost;

    @Column(name = "contacts_gained", nullable = false)
    public double contactsGained;

    @Column(name = "cost_per_contact")
    public Double costPerContact;

    @Column(name = "sl_before", nullable = false)
    public double slBefore;

    @Column(name = "sl_after", nullable = false)
    public double slAfter;

    @Column(length = 300)
    public String reason;

    @Column(name = "before_template_id")
    public Long beforeTemplateId;

    @Column(name = "before_queue_id")
    public Long beforeQueueId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "action_state", nullable = false)
    public ActionState state = ActionState.PROPOSED;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "roster_id")
    public Long rosterId;

    @Column(name = "after_template_id")
    public Long afterTemplateId;

    @Column(name = "after_queue_id")
    public Long afterQueueId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "offer_state")
    public OfferState offerState;

    @Column(name = "offer_answered_at")
    public Instant offerAnsweredAt;
}
