package io.paiban.planning.history;

import io.paiban.masterdata.queue.ServiceQueue;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Queue codes to ids and site time zones, loaded once per import instead of once per line. */
final class QueueDirectory {

    record QueueRef(long id, String code, ZoneId zone) {
    }

    private final Map<String, QueueRef> byCode = new HashMap<>();

    static QueueDirectory load() {
        QueueDirectory directory = new QueueDirectory();
        for (ServiceQueue queue : ServiceQueue.<ServiceQueue>find("from ServiceQueue q join fetch q.site").list()) {
            directory.byCode.put(queue.code, new QueueRef(queue.id, queue.code, queue.site.zone()));
        }
        return directory;
    }

    Optional<QueueRef> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
    }
}
