package io.paiban.planning.activity;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** The night shift's handover note for the day shift: one per site and night (the work date the night shift starts on). */
@Entity
@Table(name = "handover_note")
public class HandoverNote extends VersionedEntity {

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "work_date", nullable = false)
    public LocalDate workDate;

    @Column(name = "agent_id")
    public Long agentId;

    @Column(nullable = false, length = 100)
    public String author;

    @Column(nullable = false, length = 4000)
    public String body;
}
