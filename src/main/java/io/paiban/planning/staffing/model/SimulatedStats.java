package io.paiban.planning.staffing.model;

/**
 * Counts of a simulation, for one interval (by arrival interval for contact outcomes, by clock time for
 * agent time) or for the whole run.
 *
 * @param unresolved     contacts still waiting when the run ended (no agent left and no patience)
 * @param deadlineMet    contacts with a deadline finished by it
 * @param deadlineMissed contacts with a deadline finished after it or never
 * @param queueSeconds   total time spent waiting by answered and abandoned contacts
 */
public record SimulatedStats(long offered, long answered, long answeredWithinTarget, long abandoned, long unresolved,
                             long deadlineMet, long deadlineMissed, double queueSeconds, double busySlotSeconds,
                             double staffedSlotSeconds) {

    static final SimulatedStats EMPTY = new SimulatedStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Answered within target over all offered contacts (the Erlang A definition); 1 without traffic. */
    public double serviceLevel() {
        return offered == 0 ? 1.0 : (double) answeredWithinTarget / offered;
    }

    /** Mean time in queue over contacts that left the queue (answered or abandoned), as Lq/lambda. */
    public double asaSeconds() {
        long left = answered + abandoned;
        return left == 0 ? 0.0 : queueSeconds / left;
    }

    public double abandonRate() {
        return offered == 0 ? 0.0 : (double) abandoned / offered;
    }

    /** Busy slot time over staffed slot time; agents finishing work after their interval can push it above 1. */
    public double occupancy() {
        return staffedSlotSeconds == 0 ? 0.0 : busySlotSeconds / staffedSlotSeconds;
    }

    public SimulatedStats plus(SimulatedStats other) {
        return new SimulatedStats(offered + other.offered, answered + other.answered,
                answeredWithinTarget + other.answeredWithinTarget, abandoned + other.abandoned,
                unresolved + other.unresolved, deadlineMet + other.deadlineMet, deadlineMissed + other.deadlineMissed,
                queueSeconds + other.queueSeconds, busySlotSeconds + other.busySlotSeconds,
                staffedSlotSeconds + other.staffedSlotSeconds);
    }
}
