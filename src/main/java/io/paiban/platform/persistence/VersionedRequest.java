package io.paiban.platform.persistence;

/** A create-or-replace request body; on replace it carries the version the client read. */
public interface VersionedRequest {
    Long version();
}
