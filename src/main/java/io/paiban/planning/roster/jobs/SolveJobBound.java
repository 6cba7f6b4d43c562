package io.paiban.planning.roster.jobs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The lower bound computed next to one solve job (written once, by {@link RosterBoundService}). */
@Entity
@Table(name = "solve_job_bound")
public class SolveJobBound extends PanacheEntityBase {

    @Id
    @Column(name = "job_id")
    public Long jobId;

    /** Lower bound on the medium score (squared shortfall). */
    @Column(name = "bound_medium", nullable = false)
    public long boundMedium;

    @Column(name = "lp_value")
    public Double lpValue;

    /** Column generation reached the LP optimum (else the bound is the best Lagrangian value reached in time). */
    @Column(nullable = false)
    public boolean converged;

    @Column(nullable = false)
    public long millis;

    /** The relaxation's squared shortfall per queue and day, JSON. */
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public String detail;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;
}
