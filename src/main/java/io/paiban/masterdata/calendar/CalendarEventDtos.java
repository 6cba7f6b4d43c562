package io.paiban.masterdata.calendar;

import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public final class CalendarEventDtos {

    private CalendarEventDtos() {
    }

    @Schema(name = "CalendarEventRequest")
    public record CalendarEventRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull CalendarEventType type,
            @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+", message = "upper-case letters, digits and '_' only")
            @Schema(description = "Key shared by the occurrences of a recurring event", example = "DOUBLE_11") String eventKey,
            @Schema(description = "Omitted: applies to every client") Long clientId,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("100.0")
            @Schema(description = "Expected volume relative to a normal day (3.0 = three times)") BigDecimal volumeFactor,
            @Size(max = 500) String notes,
            @Schema(description = "The version read; required on update") Long version,
            @Size(max = 40) @Schema(description = "Holiday calendar (applies to sites naming it); omitted: every site") String calendarName,
            @Schema(description = "Center closed on these days; default false") Boolean closed) implements VersionedRequest {
    }

    @Schema(name = "HolidayImportSummary", description = "Events of one holiday calendar created or replaced by an import")
    public record HolidayImportSummary(String calendar, int events, int created, int replaced) {
    }

    @Schema(name = "CalendarEvent")
    public record CalendarEventView(Long id, String name, CalendarEventType type, String eventKey, Long clientId,
                                    LocalDate startDate, LocalDate endDate, BigDecimal volumeFactor, String notes,
                                    long version, Instant createdAt, Instant updatedAt, String calendarName, boolean closed) {
        static CalendarEventView of(CalendarEvent e) {
            return new CalendarEventView(e.id, e.name, e.type, e.eventKey, e.client == null ? null : e.client.id,
                    e.startDate, e.endDate, e.volumeFactor, e.notes, e.version, e.createdAt, e.updatedAt, e.calendarName, e.closed);
        }
    }
}
