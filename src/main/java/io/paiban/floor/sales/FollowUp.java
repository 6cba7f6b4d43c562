package io.paiban.floor.sales;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** The follow-up of one unpaid order (one per client and order), on the queue that follows it up. */
@Entity
@Table(name = "sale_follow_up")
public class FollowUp extends VersionedEntity {

    public enum Status {
        /** to be done: call or message the customer about the payment */
        OPEN,
        /** done by an agent */
        DONE,
        /** the payment arrived before the task was done */
        PAID
    }

    @Column(name = "client_id", nullable = false)
    public Long clientId;

    @Column(name = "order_ref", nullable = false)
    public String orderRef;

    @Column(name = "queue_id", nullable = false)
    public Long queueId;

    @Column(name = "agent_id")
    public Long agentId;

    @Column(name = "sold_at", nullable = false)
    public Instant soldAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "amount", nullable = false)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_status", nullable = false)
    public Status status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;
}
