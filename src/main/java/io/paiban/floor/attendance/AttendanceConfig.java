package io.paiban.floor.attendance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;

/** Settings of the attendance job, under {@code paiban.attendance.}. */
@ConfigMapping(prefix = "paiban.attendance")
public interface AttendanceConfig {

    /**
     * When the job looks for due work (Quarkus cron; "off" disables it). It runs often because every site has
     * its own zone: each run evaluates what is due in each site's local time.
     */
    @WithDefault("0 5 * * * ?")
    String cron();

    /** Site-local time from which yesterday's shifts are evaluated (night shifts end at 01:00 plus overtime). */
    @WithDefault("06:00")
    LocalTime evaluateAt();

    /**
     * Days before the due day that are evaluated again (or for the first time, after downtime) each time a new
     * day is evaluated: picks up leave approved after the fact and late events without anyone asking.
     */
    @WithDefault("7")
    int recheckDays();
}
