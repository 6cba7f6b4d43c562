package io.paiban.masterdata.calendar;

import io.paiban.masterdata.calendar.CalendarEventDtos.HolidayImportSummary;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import io.paiban.platform.csv.CsvLines;
import io.paiban.platform.csv.ImportRow;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a holiday list into a named holiday calendar as calendar events (type PUBLIC_HOLIDAY), from an
 * iCalendar file (each VEVENT: SUMMARY, DTSTART, DTEND exclusive as RFC 5545 says for all-day events) or a
 * CSV with a header {@code date,name[,end_date][,closed]}. All or nothing: every bad line is reported and
 * nothing is written. Idempotent: an event of the same calendar, start date and name is replaced.
 */
@ApplicationScoped
public class HolidayImportService {

    record Holiday(String name, LocalDate start, LocalDate end, boolean closed) {
    }

    @Transactional
    public HolidayImportSummary importICalendar(String calendarName, InputStream body, boolean closed) {
        requireName(calendarName);
        List<Holiday> holidays = new ArrayList<>();
        List<Problem.InvalidParam> problems = new ArrayList<>();
        try {
            Calendar calendar = new CalendarBuilder().build(body);
            int n = 0;
            for (Component c : calendar.getComponents(Component.VEVENT)) {
                n++;
                VEvent event = (VEvent) c;
                String name = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse(null);
                LocalDate start = event.getStartDate().map(d -> date((Temporal) d.getDate())).orElse(null);
                if (name == null || name.isBlank() || start == null) {
                    problems.add(Problem.InvalidParam.field("VEVENT[" + n + "]", "needs SUMMARY and DTSTART"));
                    continue;
                }
                LocalDate end = event.getEndDate().map(d -> date((Temporal) d.getDate())).orElse(null);
                // DTEND of an all-day event is exclusive
                LocalDate last = end == null || !end.isAfter(start) ? start : end.minusDays(1);
                holidays.add(new Holiday(name.trim(), start, last, closed));
            }
        } catch (IOException | ParserException | RuntimeException e) {
            throw ApiException.invalidField("body", "not a readable iCalendar file: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return store(calendarName, holidays);
    }

    @Transactional
    public HolidayImportSummary importCsv(String calendarName, InputStream body, boolean closed) {
        requireName(calendarName);
        List<Holiday> holidays = new ArrayList<>();
        List<Problem.InvalidParam> problems = new ArrayList<>();
        try (CsvLines csv = new CsvLines(body)) {
            try {
                csv.requireColumns("date", "name");
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("body", "header must name the columns date and name (optional: end_date, closed)");
            }
            for (ImportRow r = csv.nextRow(); r != null; r = csv.nextRow()) {
                int line = r.line();
                String dateText = r.get("date");
                String name = r.get("name");
                String endText = r.get("end_date", "endDate");
                String closedText = r.get("closed");
                try {
                    LocalDate start = LocalDate.parse(dateText == null ? "" : dateText.trim());
                    LocalDate end = endText == null || endText.isBlank() ? start : LocalDate.parse(endText.trim());
                    if (name == null || name.isBlank()) {
                        problems.add(Problem.InvalidParam.line(line, "name", "is required"));
                        continue;
                    }
                    if (end.isBefore(start)) {
                        problems.add(Problem.InvalidParam.line(line, "end_date", "is before date"));
                        continue;
                    }
                    holidays.add(new Holiday(name.trim(), start, end,
                            closedText == null || closedText.isBlank() ? closed : Boolean.parseBoolean(closedText.trim())));
                } catch (DateTimeParseException e) {
                    problems.add(Problem.InvalidParam.line(line, "date", "'" + e.getParsedString() + "' is not a date yyyy-MM-dd"));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw ApiException.invalidField("body", "not a readable CSV file: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return store(calendarName, holidays);
    }

    private HolidayImportSummary store(String calendarName, List<Holiday> holidays) {
        int created = 0;
        int replaced = 0;
        for (Holiday h : holidays) {
            CalendarEvent event = CalendarEvent.<CalendarEvent>find("calendarName = ?1 and startDate = ?2 and name = ?3",
                    calendarName, h.start(), h.name()).firstResultOptional().orElse(null);
            if (event == null) {
                event = new CalendarEvent();
                created++;
            } else {
                replaced++;
            }
            event.calendarName = calendarName;
            event.name = h.name();
            event.type = CalendarEventType.PUBLIC_HOLIDAY;
            event.startDate = h.start();
            event.endDate = h.end();
            event.closed = h.closed();
            event.persist();
        }
        CalendarEvent.getEntityManager().flush();
        return new HolidayImportSummary(calendarName, holidays.size(), created, replaced);
    }

    private static LocalDate date(Temporal t) {
        return LocalDate.from(t);
    }

    private static void requireName(String calendarName) {
        if (calendarName == null || !calendarName.matches("[A-Za-z0-9_-]{1,40}")) {
            throw ApiException.invalidField("calendar", "1-40 letters, digits, '_' or '-'");
        }
    }
}
