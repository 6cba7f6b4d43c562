package io.paiban.agent.requests;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An agent asks for personal leave on whole site-local days; approval turns it into an approved LEAVE absence. */
@Entity
@Table(name = "leave_request")
public class LeaveRequest extends VersionedEntity {

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    /** The agent's site when asking; supervisors see the requests of their sites. */
    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "first_date", nullable = false)
    public LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    public LocalDate lastDate;

    @Column(length = 500)
    public String reason;

    @Column(name = "request_key", length = 100)
    public String requestKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "request_state", nullable = false)
    public LeaveState state = LeaveState.PENDING;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    public String decisionNote;

    /** The approved absence created on approval. */
    @Column(name = "absence_id")
    public Long absenceId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "leave_request_replan", joinColumns = @JoinColumn(name = "leave_request_id"))
    public List<ReplanOutcome> replans = new ArrayList<>();

    public boolean overlaps(LocalDate first, LocalDate last) {
        return !firstDate.isAfter(last) && !lastDate.isBefore(first);
    }
}
