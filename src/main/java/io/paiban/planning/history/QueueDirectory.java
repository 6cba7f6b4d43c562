package io.paiban.planning.history;

import io.paiban.masterdata.calendar.CalendarEvent;
import io.paiban.masterdata.queue.OpeningTimes;
import io.paiban.masterdata.queue.ServiceQueue;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Queue codes to ids and site time zones, loaded once per import instead of once per line. */
final class QueueDirectory {

    /** {@code closedDays}: site-local days the center is closed (calendar events marked closed that apply to the queue). */
    record QueueRef(long id, String code, ZoneId zone, OpeningTimes opening, java.util.Set<java.time.LocalDate> closedDays) {
    }

    private final Map<String, QueueRef> byCode = new HashMap<>();

    static QueueDirectory load() {
        QueueDirectory directory = new QueueDirectory();
        java.util.List<CalendarEvent> closed = CalendarEvent.list("closed", true);
        for (ServiceQueue queue : ServiceQueue.<ServiceQueue>find("from ServiceQueue q join fetch q.site").list()) {
            java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
            for (CalendarEvent e : closed) {
                if (e.appliesTo(queue.client.id, queue.site.holidayCalendar)) {
                    for (java.time.LocalDate d = e.startDate; !d.isAfter(e.endDate); d = d.plusDays(1)) {
                        days.add(d);
                    }
                }
            }
            directory.byCode.put(queue.code, new QueueRef(queue.id, queue.code, queue.site.zone(),
                    new OpeningTimes(queue.openingHours), days));
        }
        return directory;
    }

    Optional<QueueRef> byId(long id) {
        return byCode.values().stream().filter(q -> q.id() == id).findFirst();
    }

    Optional<QueueRef> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
    }
}
