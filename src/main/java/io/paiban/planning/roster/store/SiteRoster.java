package io.paiban.planning.roster.store;

import io.paiban.platform.persistence.VersionedEntity;
import io.paiban.platform.error.ApiException;
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
 * The roster of one site over 1-4 weeks from {@code firstDate}, covering one staffing run. Its agent-days
 * live in roster_assignment (written in bulk by the solve jobs), its history in roster_change.
 */
@Entity
@Table(name = "roster")
public class SiteRoster extends VersionedEntity {

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "first_date", nullable = false)
    public LocalDate firstDate;

    @Column(nullable = false)
    public int weeks;

    @Column(name = "staffing_run_id", nullable = false)
    public Long staffingRunId;

    /** Configuration asked for when the roster was created; null lets the service pick per job. */
    @Column(name = "solver_config", length = 40)
    public String solverConfig;

    @Column(length = 200)
    public String label;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "roster_status", nullable = false)
    public RosterStatus status = RosterStatus.DRAFT;

    /** How many times it was published; 0 = never. */
    @Column(name = "publication_no", nullable = false)
    public int publicationNo;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by", length = 100)
    public String publishedBy;

    @Column(name = "last_solved_at")
    public Instant lastSolvedAt;

    @Column(name = "last_edited_at")
    public Instant lastEditedAt;

    public LocalDate lastDate() {
        return firstDate.plusDays(weeks * 7L - 1);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDate) && !date.isAfter(lastDate());
    }

    /** The roster with this id, or 404. */
    public static SiteRoster require(long id) {
        return SiteRoster.<SiteRoster>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Roster", id));
    }
}
