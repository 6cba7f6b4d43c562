package io.paiban.planning.history;

import io.quarkus.hibernate.orm.panache.Panache;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Statements of {@link IntervalActuals} that go through the entity manager (inside its transaction). */
final class IntervalActualsSql {

    private IntervalActualsSql() {
    }

    static int delete(long queueId, Instant from, Instant to) {
        return Panache.getEntityManager()
                .createNativeQuery("DELETE FROM interval_actual WHERE queue_id = ?1 AND interval_start >= ?2 AND interval_start < ?3")
                .setParameter(1, queueId)
                .setParameter(2, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(3, LocalDateTime.ofInstant(to, ZoneOffset.UTC))
                .executeUpdate();
    }
}
