package io.paiban.planning.history;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored call-log mapping; the document is the JSON of {@link CallLogMapping}. */
@Entity
@Table(name = "call_log_mapping")
public class CallLogMappingEntity extends VersionedEntity {

    @Column(nullable = false, length = 80)
    public String name;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String document;
}
