package io.paiban.floor.attendance.assessment;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An agent's monthly figures from outside Paiban: contacts handled and their total handle time (from the ACD or
 * chat system) and the QA score of the sampled contacts, with the major-error flag QA raises.
 */
@Entity
@Table(name = "agent_performance")
public class AgentPerformance extends VersionedEntity {

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "month_start", nullable = false)
    public LocalDate monthStart;

    @Column(name = "contacts_handled", nullable = false)
    public int contactsHandled;

    @Column(name = "handle_seconds", nullable = false)
    public long handleSeconds;

    @Column(name = "qa_score", precision = 5, scale = 2)
    public BigDecimal qaScore;

    @Column(name = "major_error", nullable = false)
    public boolean majorError;

    @Column(length = 500)
    public String note;
}
