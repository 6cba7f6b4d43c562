package io.paiban.masterdata.calendar;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.masterdata.calendar.CalendarEventDtos.CalendarEventRequest;
import io.paiban.masterdata.calendar.CalendarEventDtos.CalendarEventView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/calendar-events")
@Tag(name = "Calendar", description = "Public holidays and promotions (618, Double 11) that shape demand")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class CalendarEventResource {

    @Inject
    CalendarEventService events;

    @Inject
    HolidayImportService holidays;

    @POST
    @Path("/holidays")
    @Consumes("text/calendar")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Import a holiday list (iCalendar) into a named holiday calendar",
            description = "Each VEVENT becomes a PUBLIC_HOLIDAY event of the calendar (SUMMARY = name, DTSTART..DTEND exclusive). "
                    + "Sites naming the calendar (site.holidayCalendar) get these events. Re-importing replaces events of the same "
                    + "calendar, start date and name. closed=true marks the center closed on those days.")
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(responseCode = "400", description = "Unreadable file or events without SUMMARY/DTSTART; nothing written")
    public CalendarEventDtos.HolidayImportSummary importICalendar(
            @Parameter(description = "Calendar name, e.g. IL", required = true) @QueryParam("calendar") String calendar,
            @Parameter(description = "Center closed on these days; default false") @QueryParam("closed") boolean closed,
            java.io.InputStream body) {
        return holidays.importICalendar(calendar, body, closed);
    }

    @POST
    @Path("/holidays")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Import a holiday list (CSV) into a named holiday calendar",
            description = "Header date,name and optionally end_date, closed (true/false; default the closed parameter). "
                    + "All or nothing, bad lines listed.")
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(responseCode = "400", description = "Bad lines, listed; nothing written")
    public CalendarEventDtos.HolidayImportSummary importCsv(
            @Parameter(description = "Calendar name, e.g. IL", required = true) @QueryParam("calendar") String calendar,
            @Parameter(description = "Center closed on these days unless the file says; default false") @QueryParam("closed") boolean closed,
            java.io.InputStream body) {
        return holidays.importCsv(calendar, body, closed);
    }

    @GET
    @Operation(summary = "List events overlapping a date range")
    public List<CalendarEventView> list(@Parameter(description = "ISO date") @QueryParam("from") LocalDate from,
                                        @Parameter(description = "ISO date") @QueryParam("to") LocalDate to,
                                        @Parameter(description = "The client's events and those for all clients") @QueryParam("clientId") Long clientId,
                                        @QueryParam("type") CalendarEventType type) {
        return events.list(from, to, clientId, type);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one event")
    @APIResponse(responseCode = "404", description = "No such event")
    public CalendarEventView get(@PathParam("id") long id) {
        return events.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Create a holiday or promotion")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid CalendarEventRequest request) {
        CalendarEventView created = events.create(request);
        return Response.created(URI.create("/api/calendar-events/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Path("/{id}")
    @Operation(summary = "Replace an event", description = "Send the version you read; a stale version gives 409.")
    public CalendarEventView update(@PathParam("id") long id, @NotNull @Valid CalendarEventRequest request) {
        return events.update(id, request);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Path("/{id}")
    @Operation(summary = "Delete an event")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        events.delete(id);
    }
}
