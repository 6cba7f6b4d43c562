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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Two agents of a site exchange their published duties on one or two dates of a published roster: on each date the
 * proposer takes the counterpart's duty and the counterpart the proposer's.
 */
@Entity
@Table(name = "swap_request")
public class SwapRequest extends VersionedEntity {

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "roster_id", nullable = false)
    public Long rosterId;

    @Column(name = "proposer_agent_id", nullable = false)
    public Long proposerAgentId;

    @Column(name = "counterpart_agent_id", nullable = false)
    public Long counterpartAgentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "request_state", nullable = false)
    public SwapState state = SwapState.PROPOSED;

    @Column(length = 500)
    public String message;

    @Column(name = "request_key", length = 100)
    public String requestKey;

    /** When the counterpart accepted or declined. */
    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    public String decisionNote;

    /** The hard rules the exchange broke, one per line, when it ended REJECTED_BY_RULES. */
    @Column(name = "broken_rules", length = 2000)
    public String brokenRules;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "swap_request_day", joinColumns = @JoinColumn(name = "swap_request_id"))
    @OrderBy("date")
    public List<SwapDay> days = new ArrayList<>();

    public boolean involves(long agentId) {
        return proposerAgentId == agentId || counterpartAgentId == agentId;
    }
}
