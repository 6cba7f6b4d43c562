package io.paiban.masterdata.workforce;

import io.paiban.kernel.EmploymentType;

import io.paiban.kernel.AgentStatus;

import io.paiban.platform.persistence.VersionedEntity;
import io.paiban.masterdata.site.Site;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A customer-service agent (客服, seat) working at one site. */
@Entity
@Table(name = "agent")
public class Agent extends VersionedEntity {

    @Column(name = "employee_no", nullable = false, length = 40)
    public String employeeNo;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    public Site site;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "employment_type", nullable = false)
    public EmploymentType employmentType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "agent_status", nullable = false)
    public AgentStatus status;

    @Column(name = "contract_hours_per_week", nullable = false, precision = 5, scale = 2)
    public BigDecimal contractHoursPerWeek;

    @Column(name = "night_eligible", nullable = false)
    public boolean nightEligible;

    @Column(name = "hourly_cost", nullable = false, precision = 10, scale = 2)
    public BigDecimal hourlyCost;

    @Column(name = "hired_on")
    public LocalDate hiredOn;

    /** The team the agent works in (set by the supervisor); attendance reports are per team. */
    @Column(name = "team_name", length = 100)
    public String teamName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_certification", joinColumns = @JoinColumn(name = "agent_id"))
    public Set<Certification> certifications = new HashSet<>();
}
