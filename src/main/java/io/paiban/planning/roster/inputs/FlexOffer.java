package io.paiban.planning.roster.inputs;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A flex-pool agent offers to work on a site-local date; flex agents are rostered only on such days. */
@Entity
@Table(name = "flex_offer")
public class FlexOffer extends VersionedEntity {

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "offer_date", nullable = false)
    public LocalDate offerDate;
}
