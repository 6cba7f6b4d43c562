package io.paiban.platform.persistence;

import io.paiban.platform.error.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;

/** Master-data row with an identity key, an optimistic-lock version and audit instants. */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * A client edits what it read; if someone saved in between, its version is stale and the
     * update must be refused rather than silently overwrite the other change.
     */
    public void requireVersion(Long expected, String resource) {
        if (expected == null) {
            throw ApiException.invalidField("version", "required when updating; send the version you read");
        }
        if (expected != version) {
            throw ApiException.staleVersion(resource, id, expected, version);
        }
    }
}
