package io.paiban.agent.selfservice;

import io.paiban.planning.roster.publication.PublishedShiftService.PublishedShift;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 5545 calendar of published shifts. Times are UTC instants so no VTIMEZONE is needed and
 * every phone shows them in its own zone; the UID is stable per agent-day so a changed shift
 * replaces the old event when the calendar app refreshes.
 */
final class ShiftCalendarWriter {

    static final String PRODUCT_ID = "-//Paiban//Shift feed 1.0//EN";

    private ShiftCalendarWriter() {
    }

    static String write(long agentId, String agentName, List<PublishedShift> shifts, Instant generatedAt) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT_ID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", "Shifts " + agentName));
        for (PublishedShift shift : shifts) {
            if (shift.working()) {
                calendar.add(event(agentId, shift, generatedAt));
                for (var b : shift.breaks()) {
                    if (b.kind() != null && !b.kind().isBreak()) {
                        calendar.add(activityEvent(agentId, shift, b, generatedAt));
                    }
                }
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A meeting, briefing, handover, coaching or training inside the shift: its own event, stable UID per agent, date and start. */
    private static VEvent activityEvent(long agentId, PublishedShift shift, io.paiban.planning.roster.store.RosterViews.BreakView b,
                                        Instant generatedAt) {
        java.time.ZoneId zone = java.time.ZoneId.of(shift.zone());
        Instant from = b.start().atZone(zone).toInstant();
        Instant to = b.end().atZone(zone).toInstant();
        return new VEvent(from, to, b.kind() + " (" + shift.shiftTemplateCode() + " shift)")
                .add(new Uid("paiban-agent-" + agentId + "-" + shift.date() + "-" + b.kind() + "-" + b.start().toLocalTime() + "@paiban"))
                .replace(new DtStamp(generatedAt))
                .add(new Sequence(shift.publicationNo() + shift.changes().size()))
                .add(new Description(b.kind() + " " + b.start().toLocalTime() + "-" + b.end().toLocalTime() + " local (" + shift.zone()
                        + "), off the queues"));
    }

    private static VEvent event(long agentId, PublishedShift shift, Instant generatedAt) {
        String summary = shift.shiftTemplateCode() + " shift" + (shift.queueCode() == null ? "" : " - " + shift.queueCode());
        String breaks = shift.breaks().stream()
                .map(b -> b.start().toLocalTime() + "-" + b.end().toLocalTime() + (b.kind() == null || b.kind()
                        == io.paiban.kernel.ActivityKind.BREAK ? "" : " " + b.kind()) + (b.paid() ? " (paid)" : ""))
                .collect(Collectors.joining(", "));
        String description = "Queue: " + (shift.queueName() == null ? "-" : shift.queueName())
                + "\nLocal time (" + shift.zone() + "): " + shift.start() + " - " + shift.end()
                + (breaks.isEmpty() ? "" : "\nBreaks: " + breaks)
                + "\nPublication " + shift.publicationNo() + " of roster " + shift.rosterId();
        // the VEvent constructor already stamps the event with the current time; RFC 5545 allows exactly one DTSTAMP
        return new VEvent(shift.startsAt(), shift.endsAt(), summary)
                .add(new Uid("paiban-agent-" + agentId + "-" + shift.date() + "@paiban"))
                .replace(new DtStamp(generatedAt))
                .add(new Sequence(shift.publicationNo() + shift.changes().size()))
                .add(new Description(description))
                .add(new Location(shift.queueCode() == null ? "" : shift.queueCode()));
    }
}
