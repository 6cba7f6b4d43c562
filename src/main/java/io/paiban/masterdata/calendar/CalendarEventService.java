package io.paiban.masterdata.calendar;

import io.paiban.platform.persistence.Filter;
import io.paiban.masterdata.calendar.CalendarEventDtos.CalendarEventRequest;
import io.paiban.masterdata.calendar.CalendarEventDtos.CalendarEventView;
import io.paiban.masterdata.client.Client;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.VersionedCrudService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class CalendarEventService extends VersionedCrudService<CalendarEvent, CalendarEventRequest, CalendarEventView> {

    public CalendarEventService() {
        super(CalendarEvent.class, "Calendar event");
    }

    /** Events overlapping [from, to]; with a client, its own events and those for every client. */
    public List<CalendarEventView> list(LocalDate from, LocalDate to, Long clientId, CalendarEventType type) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField("to", "is before from");
        }
        Filter f = new Filter().atLeast("endDate", from).atMost("startDate", to)
                .when(clientId, "client is null or client.id = ?").eq("type", type);
        return CalendarEvent.<CalendarEvent>list(f.query(), Sort.by("startDate").and("name"), f.params())
                .stream().map(CalendarEventView::of).toList();
    }

    @Override
    protected CalendarEventView view(CalendarEvent entity) {
        return CalendarEventView.of(entity);
    }

    @Override
    protected void apply(CalendarEvent event, CalendarEventRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ApiException.invalidField("endDate", "is before startDate");
        }
        event.client = request.clientId() == null ? null : Client.<Client>findByIdOptional(request.clientId())
                .orElseThrow(() -> ApiException.invalidField("clientId", "client " + request.clientId() + " does not exist"));
        event.name = request.name();
        event.type = request.type();
        event.eventKey = request.eventKey();
        event.startDate = request.startDate();
        event.endDate = request.endDate();
        event.volumeFactor = request.volumeFactor();
        event.notes = request.notes();
        event.calendarName = request.calendarName() == null || request.calendarName().isBlank() ? null : request.calendarName();
        event.closed = Boolean.TRUE.equals(request.closed());
    }
}
