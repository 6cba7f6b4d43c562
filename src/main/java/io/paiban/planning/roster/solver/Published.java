package io.paiban.planning.roster.solver;

/** What the published roster says for an agent-day: a duty, or a day off when {@code duty} is null. */
public record Published(Duty duty) {

    public static final Published DAY_OFF = new Published(null);

    /** 0 when unchanged, 1 when only the queue changed, 2 when the agent's hours changed. */
    public int changeWeight(Duty current) {
        if (duty == current) {
            return 0;
        }
        if (duty == null || current == null || duty.getShift() != current.getShift()) {
            return 2;
        }
        return 1;
    }
}
