package io.paiban.floor.servicelevel.metrics;

import io.paiban.kernel.PlacedShift;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Agent time against the published schedule, per agent and interval of each published shift: the
 * seconds the agent logged in each state next to the seconds the shift planned as work and as break.
 * Intervals follow the site-local grid of the agent's state rows (30 minutes when there are none), so an
 * agent who never logged in still counts with the whole shift scheduled and nothing adherent.
 */
public final class ScheduledAgentTime {

    private ScheduledAgentTime() {
    }

    /** A break placed by its offset from the shift start, as in shift templates. */
    public record Break(int offsetMinutes, int durationMinutes) {
    }

    /** One published shift on a queue, placed in the site zone (it belongs to the day it starts and may end the next day). */
    public record Shift(long agentId, long queueId, PlacedShift times) {

        /** Template wall times on a work date: an end at or before the start ends the next day (night 17:30-01:00). */
        public Shift(long agentId, long queueId, LocalDate workDate, LocalTime start, LocalTime end, List<Break> breaks, ZoneId zone) {
            this(agentId, queueId, PlacedShift.place(workDate, start, end,
                    breaks.stream().map(b -> new PlacedShift.BreakOffset(b.offsetMinutes(), b.durationMinutes(), false)).toList(), zone));
        }

        public LocalDate workDate() {
            return times.workDate();
        }

        public ZoneId zone() {
            return times.start().getZone();
        }
    }

    /** Seconds logged per state in one interval of one agent. */
    public record States(int minutes, double available, double handling, double afterCall, double onBreak, double away) {
        static final States NONE = new States(0, 0, 0, 0, 0, 0);
    }

    public record AgentInterval(long agentId, long queueId, Instant start, ZoneId zone, AgentTimeCounts counts) {
    }

    /**
     * @param statesByAgent each agent's state rows by interval start
     */
    public static List<AgentInterval> attribute(List<Shift> shifts, Map<Long, Map<Instant, States>> statesByAgent) {
        List<AgentInterval> result = new ArrayList<>();
        for (Shift shift : shifts) {
            Map<Instant, States> states = statesByAgent.getOrDefault(shift.agentId(), Map.of());
            int minutes = states.values().stream().mapToInt(States::minutes).filter(m -> m > 0).findFirst().orElse(30);
            Instant shiftStart = shift.times().startsAt();
            Instant shiftEnd = shift.times().endsAt();
            List<Instant[]> breaks = shift.times().breaks().stream().map(b -> new Instant[]{b.startsAt(), b.endsAt()}).toList();
            for (Instant g = gridFloor(shiftStart, shift.zone(), minutes); g.isBefore(shiftEnd); g = g.plus(Duration.ofMinutes(minutes))) {
                Instant gEnd = g.plus(Duration.ofMinutes(minutes));
                double onBreak = 0;
                for (Instant[] b : breaks) {
                    onBreak += overlapSeconds(g, gEnd, b[0], b[1]);
                }
                double work = overlapSeconds(g, gEnd, shiftStart, shiftEnd) - onBreak;
                States s = states.getOrDefault(g, States.NONE);
                result.add(new AgentInterval(shift.agentId(), shift.queueId(), g, shift.zone(), AgentTimeCounts.ofInterval(
                        s.available(), s.handling(), s.afterCall(), s.onBreak(), s.away(), work, onBreak)));
            }
        }
        return result;
    }

    static Instant gridFloor(Instant t, ZoneId zone, int minutes) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalDateTime floored = local.withSecond(0).withNano(0).withMinute(local.getMinute() - local.getMinute() % minutes);
        return ZonedDateTime.ofLocal(floored, zone, null).toInstant();
    }

    static double overlapSeconds(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        Instant from = aStart.isAfter(bStart) ? aStart : bStart;
        Instant to = aEnd.isBefore(bEnd) ? aEnd : bEnd;
        return to.isAfter(from) ? Duration.between(from, to).getSeconds() : 0;
    }
}
