package io.paiban.floor.attendance;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money into (positive) or out of (negative: what it was spent on) a team's fund, other than fines. */
@Entity
@Table(name = "team_fund_entry")
public class TeamFundEntry extends VersionedEntity {

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "team_name", nullable = false, length = 100)
    public String teamName;

    @Column(name = "entry_date", nullable = false)
    public LocalDate entryDate;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, length = 500)
    public String description;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;
}
