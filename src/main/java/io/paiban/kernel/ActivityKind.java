package io.paiban.kernel;

/**
 * A timed block inside (or just before) a shift that takes the agent off the queues. Breaks and lunch are placed
 * in their windows after the shift solve; meetings, briefings and handovers come from recurring group rules;
 * coaching and training are booked for an agent or a group.
 */
public enum ActivityKind {
    BREAK, LUNCH, MEETING, BRIEFING, HANDOVER, COACHING, TRAINING;

    /** Breaks and lunch: placed by the break step, they replace the shift template's fixed breaks. */
    public boolean isBreak() {
        return this == BREAK || this == LUNCH;
    }
}
