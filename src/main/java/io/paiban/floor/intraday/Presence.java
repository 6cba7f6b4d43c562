package io.paiban.floor.intraday;

import io.paiban.floor.attendance.AttendanceEvent;
import io.paiban.floor.attendance.rules.EventKind;
import io.paiban.floor.intraday.engine.PlanInput.Span;
import io.paiban.planning.roster.inputs.AgentAbsence;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who is on the floor: the agents' approved absences and their attendance clock events up to the instant. A
 * rostered agent is not there on approved whole-day leave, as a no-show (the shift started more than
 * no-show-minutes ago without a clock-in since three hours before it), or once clocked out.
 */
@ApplicationScoped
public class Presence {

    @Inject
    IntradayConfig config;

    /** Absences and events of the agents, read once: events from 12 hours before the day's start up to {@code at}. */
    Book read(Collection<Long> agentIds, Instant dayStart, Instant at) {
        if (agentIds.isEmpty()) {
            return new Book(Map.of(), Map.of(), config.noShowMinutes());
        }
        Map<Long, List<AgentAbsence>> absences = AgentAbsence.<AgentAbsence>list("approved = true and agentId in ?1", agentIds).stream()
                .collect(Collectors.groupingBy(a -> a.agentId));
        Map<Long, List<AttendanceEvent>> events = AttendanceEvent.<AttendanceEvent>list(
                        "agentId in ?1 and occurredAt >= ?2 and occurredAt <= ?3", Sort.by("occurredAt").and("id"), agentIds,
                        dayStart.minus(Duration.ofHours(12)), at).stream()
                .collect(Collectors.groupingBy(e -> e.agentId));
        return new Book(absences, events, config.noShowMinutes());
    }

    /** What is known about the agents' presence. */
    record Book(Map<Long, List<AgentAbsence>> absences, Map<Long, List<AttendanceEvent>> events, int noShowMinutes) {

        boolean wholeDayAbsent(long agentId, LocalDate date) {
            return absences.getOrDefault(agentId, List.of()).stream()
                    .anyMatch(a -> a.isWholeDays() && !date.isBefore(a.firstDate) && !date.isAfter(a.lastDate));
        }

        /** Approved hour ranges of leave: the planner counts them as breaks. */
        List<Span> partialAbsences(long agentId) {
            return absences.getOrDefault(agentId, List.of()).stream().filter(a -> !a.isWholeDays())
                    .map(a -> new Span(a.startsAt, a.endsAt)).toList();
        }

        /**
         * Why an agent rostered from {@code shiftStart} on {@code workDate} is not on the floor at {@code at}, or null:
         * ABSENCE (approved leave for the day), NO_SHOW or CLOCKED_OUT.
         */
        String absence(long agentId, LocalDate workDate, Instant shiftStart, Instant at) {
            if (wholeDayAbsent(agentId, workDate)) {
                return "ABSENCE";
            }
            if (at.isBefore(shiftStart.plus(Duration.ofMinutes(noShowMinutes)))) {
                return null; // not due yet: expected to come
            }
            Instant windowStart = shiftStart.minus(Duration.ofHours(3));
            List<AttendanceEvent> mine = events.getOrDefault(agentId, List.of()).stream()
                    .filter(e -> !e.occurredAt.isBefore(windowStart) && !e.occurredAt.isAfter(at)).toList();
            if (mine.stream().noneMatch(e -> e.kind == EventKind.CLOCK_IN)) {
                return "NO_SHOW";
            }
            return EventKind.stateAfter(mine.get(mine.size() - 1).kind) == EventKind.State.OFF ? "CLOCKED_OUT" : null;
        }
    }
}
