package io.paiban.platform.persistence;

import io.paiban.platform.error.ApiException;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Checks a user-chosen unique key (a code, an employee number) before writing, so a duplicate is
 * a clear 409 naming the holder instead of a constraint violation at commit.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    public static void require(Class<? extends VersionedEntity> type, String field, String value, Long exceptId, String what) {
        Panache.getEntityManager()
                .createQuery("select e.id from " + type.getSimpleName() + " e where e." + field + " = ?1", Long.class)
                .setParameter(1, value)
                .getResultStream()
                .filter(id -> !id.equals(exceptId))
                .findFirst()
                .ifPresent(id -> {
                    throw ApiException.conflict(what + " '" + value + "' is already used by " + type.getSimpleName().toLowerCase() + " " + id);
                });
    }
}
