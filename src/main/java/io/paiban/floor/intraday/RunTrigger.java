package io.paiban.floor.intraday;

/** Who started an intraday run: the scheduled job, a person through REST, or the re-run after an accepted action. */
public enum RunTrigger {
    SCHEDULED, ON_DEMAND, ACCEPTED
}
