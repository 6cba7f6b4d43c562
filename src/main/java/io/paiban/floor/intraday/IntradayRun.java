package io.paiban.floor.intraday;

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

/** One intraday run of one site: as of an instant, its snapshot (JSON) and its proposed actions. Never edited. */
@Entity
@Table(name = "intraday_run")
public class IntradayRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "work_date", nullable = false)
    public LocalDate workDate;

    @Column(name = "as_of", nullable = false)
    public Instant asOf;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "trigger_kind", nullable = false)
    public RunTrigger trigger;

    @Column(length = 100)
    public String actor;

    @Column(name = "forecast_run_id")
    public Long forecastRunId;

    @Column(name = "expected_sl_before", nullable = false)
    public double expectedSlBefore;

    @Column(name = "expected_sl_after", nullable = false)
    public double expectedSlAfter;

    @Column(name = "snapshot_json", nullable = false, columnDefinition = "LONGTEXT")
    public String snapshotJson;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
