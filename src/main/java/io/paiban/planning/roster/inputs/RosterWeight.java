package io.paiban.planning.roster.inputs;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A constraint weight for one site or one client, on the constraint's own score level (medium or soft). */
@Entity
@Table(name = "roster_weight")
public class RosterWeight extends VersionedEntity {

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "client_id")
    public Long clientId;

    @Column(name = "constraint_name", nullable = false, length = 100)
    public String constraintName;

    @Column(nullable = false)
    public long weight;
}
