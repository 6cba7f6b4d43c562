package io.paiban.planning.forecast;

import io.paiban.masterdata.calendar.CalendarEvent;
import io.paiban.planning.forecast.model.EventEffect;
import io.paiban.planning.forecast.model.EventOccurrence;
import io.paiban.masterdata.queue.ServiceQueue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calendar events of a queue as the models see them: dated occurrences grouped by key (past ones are
 * learned from and masked, future ones applied), plus user-given effects for keys the history lacks:
 * the multiplier table first, else the event's own volume factor over its days.
 */
final class CalendarEffects {

    private CalendarEffects() {
    }

    /** A recurring event's key, or a key of its own for a one-off event. */
    static String keyOf(CalendarEvent event) {
        return event.eventKey != null && !event.eventKey.isBlank() ? event.eventKey : "EVENT-" + event.id;
    }

    /** Of the given events, those of the queue's client or of every client. */
    static List<CalendarEvent> eventsFor(ServiceQueue queue, List<CalendarEvent> all) {
        return all.stream().filter(e -> e.appliesTo(queue.client.id, queue.site.holidayCalendar)).toList();
    }

    /** Site-local days the center is closed (events marked closed): missing in history, 0 in the forecast. */
    static java.util.Set<java.time.LocalDate> closedDays(List<CalendarEvent> events) {
        java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
        for (CalendarEvent e : events) {
            if (e.closed) {
                for (java.time.LocalDate d = e.startDate; !d.isAfter(e.endDate); d = d.plusDays(1)) {
                    days.add(d);
                }
            }
        }
        return days;
    }

    /** Occurrences to learn and apply effects of; closed days are not effects (they are missing, then 0). */
    static List<EventOccurrence> occurrences(List<CalendarEvent> events) {
        return events.stream().filter(e -> !e.closed).map(e -> new EventOccurrence(keyOf(e), e.name, e.startDate)).toList();
    }

    static Map<String, EventEffect> userEffects(ServiceQueue queue, List<CalendarEvent> events, List<EventMultiplier> multipliers,
                                               int intervalMinutes) {
        Map<Long, String> keyOfEventId = new HashMap<>();
        Map<String, CalendarEvent> eventOfKey = new LinkedHashMap<>();
        for (CalendarEvent e : events) {
            keyOfEventId.put(e.id, keyOf(e));
            eventOfKey.putIfAbsent(keyOf(e), e);
        }
        Map<String, List<EventMultiplier>> byKey = new HashMap<>();
        for (EventMultiplier m : multipliers) {
            String key = m.eventId != null ? keyOfEventId.get(m.eventId) : m.eventKey;
            boolean forQueue = (m.queueId == null || m.queueId.equals(queue.id))
                    && (m.queueFunction == null || m.queueFunction == queue.function);
            if (key != null && forQueue) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, EventEffect> effects = new HashMap<>();
        for (Map.Entry<String, CalendarEvent> entry : eventOfKey.entrySet()) {
            String key = entry.getKey();
            List<EventMultiplier> rows = byKey.get(key);
            if (rows != null && !rows.isEmpty()) {
                effects.put(key, fromMultipliers(key, rows, intervalMinutes));
            } else if (entry.getValue().volumeFactor != null) {
                effects.put(key, fromVolumeFactor(key, entry.getValue(), intervalMinutes));
            }
        }
        return effects;
    }

    private static EventEffect fromMultipliers(String key, List<EventMultiplier> rows, int intervalMinutes) {
        int first = Math.min(0, rows.stream().mapToInt(m -> m.dayOffset).min().orElse(0));
        int last = Math.max(0, rows.stream().mapToInt(m -> m.dayOffset).max().orElse(0));
        EventEffect effect = EventEffect.neutral(key, first, last, intervalMinutes);
        List<EventMultiplier> ordered = rows.stream()
                .sorted(Comparator.comparingInt(EventMultiplier::specificity).thenComparing(m -> m.id)).toList();
        for (EventMultiplier m : ordered) {
            effect = effect.withFactor(m.dayOffset, m.fromTime, m.toTime, m.multiplier.doubleValue());
        }
        return effect;
    }

    /** The planner's "expected volume on the event days" applied to every day of the event. */
    private static EventEffect fromVolumeFactor(String key, CalendarEvent event, int intervalMinutes) {
        int days = (int) (event.endDate.toEpochDay() - event.startDate.toEpochDay());
        EventEffect effect = EventEffect.neutral(key, 0, Math.max(0, days), intervalMinutes);
        BigDecimal factor = event.volumeFactor;
        for (int d = 0; d <= days; d++) {
            effect = effect.withDayFactor(d, factor.doubleValue());
        }
        return effect;
    }
}
