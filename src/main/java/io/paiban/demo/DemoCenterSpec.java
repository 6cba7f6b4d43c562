package io.paiban.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * What to generate. The same spec gives the same center: history runs for {@code weeks} whole
 * weeks up to the day before {@code historyEnd} (a Monday, the first day to be planned).
 */
public record DemoCenterSpec(long seed, int agents, int queues, int weeks, LocalDate historyEnd, ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public DemoCenterSpec {
        if (agents < 10 || agents > 20_000) {
            throw new IllegalArgumentException("agents must be between 10 and 20000");
        }
        if (queues < 1 || queues > 60) {
            throw new IllegalArgumentException("queues must be between 1 and 60");
        }
        if (weeks < 0 || weeks > 156) {
            throw new IllegalArgumentException("weeks must be between 0 and 156");
        }
        if (historyEnd.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("historyEnd must be a Monday");
        }
    }

    /** History up to this week's Monday in the zone, so the demo's next week to plan starts today or soon. */
    public static DemoCenterSpec ofToday(long seed, int agents, int queues, int weeks, ZoneId zone) {
        LocalDate monday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DemoCenterSpec(seed, agents, queues, weeks, monday, zone);
    }

    public LocalDate historyStart() {
        return historyEnd.minusWeeks(weeks);
    }
}
