package io.paiban.planning.roster.solver;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;

/** Per-agent pattern checks that need the whole set of an agent's days plus the history. */
final class WorkingPatterns {

    private WorkingPatterns() {
    }

    /**
     * Working days beyond the limit in each run of consecutive working days; a run that starts on the first
     * day of the horizon continues the run the history ended with.
     */
    static int excessConsecutiveDays(SortedSet<Integer> workingDays, AgentHistory history, int maxConsecutiveDays) {
        int excess = 0;
        int run = 0;
        int previous = Integer.MIN_VALUE;
        for (int day : workingDays) {
            if (day == previous + 1) {
                run++;
            } else {
                run = day == 0 ? history.consecutiveDaysWorked() + 1 : 1;
            }
            if (run > maxConsecutiveDays) {
                excess++;
            }
            previous = day;
        }
        return excess;
    }

    /** Days off that fall on the same weekday as a day off the week before (in the horizon or the history). */
    static int repeatedRestDays(Collection<LocalDate> daysOff, AgentHistory history) {
        Set<LocalDate> off = new HashSet<>(daysOff);
        int repeated = 0;
        for (LocalDate day : off) {
            LocalDate weekBefore = day.minusDays(7);
            if (off.contains(weekBefore) || history.restedOn(weekBefore)) {
                repeated++;
            }
        }
        return repeated;
    }

    /** Circular distance between two start times of day, in minutes (23:30 and 00:30 are an hour apart). */
    static int startTimeDistance(int minuteOfDayA, int minuteOfDayB) {
        int d = Math.abs(minuteOfDayA - minuteOfDayB) % 1440;
        return Math.min(d, 1440 - d);
    }
}
