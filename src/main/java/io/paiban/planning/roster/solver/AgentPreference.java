package io.paiban.planning.roster.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A wish of an agent. It applies to one date, or to one weekday, or (both null) to every day; it names a
 * shift template or (null) any shift. Desired with a day: wants to work that day (on that template if
 * named). Desired without a day: when working, wants that template. Undesired: does not want to work
 * that day / template. {@code weight} is how much it matters to the agent (1 = normal).
 */
public record AgentPreference(RosterAgent agent, LocalDate date, DayOfWeek weekday, String templateCode,
                              boolean desired, int weight) {

    public AgentPreference {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1");
        }
    }

    public boolean appliesTo(LocalDate day) {
        return (date == null || date.equals(day)) && (weekday == null || weekday == day.getDayOfWeek());
    }

    public boolean namesDay() {
        return date != null || weekday != null;
    }

    /** True when an undesired wish is hit by this duty, or a desired one is not granted by it (null = off). */
    public boolean isBrokenBy(LocalDate day, Duty duty) {
        if (!appliesTo(day)) {
            return false;
        }
        boolean templateMatches = duty != null && (templateCode == null || templateCode.equals(duty.getShift().getTemplateCode()));
        if (!desired) {
            return templateMatches;
        }
        return duty == null ? namesDay() : !templateMatches;
    }
}
