package io.paiban.planning.forecast;

import io.paiban.masterdata.calendar.CalendarEvent;
import io.paiban.planning.forecast.ForecastDtos.MultiplierRequest;
import io.paiban.planning.forecast.ForecastDtos.MultiplierView;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.masterdata.queue.ServiceQueue;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalTime;
import java.util.List;

/** The user-given multiplier table for events whose effect the history cannot teach. */
@ApplicationScoped
public class EventMultiplierService extends VersionedCrudService<EventMultiplier, MultiplierRequest, MultiplierView> {

    public EventMultiplierService() {
        super(EventMultiplier.class, "Event multiplier");
    }

    public List<MultiplierView> list(String eventKey) {
        List<EventMultiplier> rows = eventKey == null
                ? EventMultiplier.listAll(Sort.by("eventKey").and("dayOffset").and("fromTime"))
                : EventMultiplier.list("eventKey", Sort.by("dayOffset").and("fromTime"), eventKey);
        return rows.stream().map(MultiplierView::of).toList();
    }

    @Override
    protected MultiplierView view(EventMultiplier entity) {
        return MultiplierView.of(entity);
    }

    @Override
    protected void apply(EventMultiplier m, MultiplierRequest r) {
        boolean byKey = r.eventKey() != null && !r.eventKey().isBlank();
        if (byKey == (r.eventId() != null)) {
            throw ApiException.invalidField("eventKey", "give either eventKey or eventId");
        }
        if (r.eventId() != null && CalendarEvent.findByIdOptional(r.eventId()).isEmpty()) {
            throw ApiException.invalidField("eventId", "calendar event " + r.eventId() + " does not exist");
        }
        if (r.queueId() != null && ServiceQueue.findByIdOptional(r.queueId()).isEmpty()) {
            throw ApiException.invalidField("queueId", "queue " + r.queueId() + " does not exist");
        }
        LocalTime from = r.fromTime() == null ? LocalTime.MIDNIGHT : r.fromTime();
        if (r.toTime() != null && !r.toTime().isAfter(from)) {
            throw ApiException.invalidField("toTime", "must be after fromTime (omit it for 'until midnight')");
        }
        m.eventKey = byKey ? r.eventKey().trim() : null;
        m.eventId = r.eventId();
        m.queueFunction = r.queueFunction();
        m.queueId = r.queueId();
        m.dayOffset = r.dayOffset();
        m.fromTime = from;
        m.toTime = r.toTime();
        m.multiplier = r.multiplier();
        m.notes = r.notes();
    }
}
