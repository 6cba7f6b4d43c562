package io.paiban.agent.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A state change of a leave or swap request, for one agent it concerns. Append-only. */
@Entity
@Table(name = "agent_notification")
public class AgentNotification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "leave_request_id")
    public Long leaveRequestId;

    @Column(name = "swap_request_id")
    public Long swapRequestId;

    /** The request's state after the change (a LeaveState or SwapState name). */
    @Column(name = "request_state", nullable = false, length = 20)
    public String state;

    @Column(nullable = false, length = 500)
    public String message;

    @Column(length = 100)
    public String actor;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
