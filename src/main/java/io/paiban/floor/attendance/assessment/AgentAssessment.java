package io.paiban.floor.attendance.assessment;

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

/** One agent's place in a site's monthly assessment. */
@Entity
@Table(name = "agent_assessment")
public class AgentAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "month_start", nullable = false)
    public LocalDate monthStart;

    @Column(name = "team_name", length = 100)
    public String teamName;

    @Column(name = "contacts_handled", nullable = false)
    public int contactsHandled;

    @Column(name = "avg_handle_seconds")
    public Double avgHandleSeconds;

    public Double adherence;

    @Column(nullable = false)
    public int complaints;

    @Column(name = "qa_score")
    public Double qaScore;

    @Column(name = "major_error", nullable = false)
    public boolean majorError;

    @Column(nullable = false)
    public double score;

    @Column(name = "rank_no", nullable = false)
    public int rank;

    @Column(name = "previous_rank_no")
    public Integer previousRank;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public Award award;

    @Column(name = "generated_at", nullable = false)
    public Instant generatedAt;
}
