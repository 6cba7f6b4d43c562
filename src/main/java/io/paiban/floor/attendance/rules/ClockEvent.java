package io.paiban.floor.attendance.rules;

import java.time.Instant;

/** One attendance event as the rules see it; {@code reported}: the agent told the supervisor about this away period. */
public record ClockEvent(Instant at, EventKind kind, boolean reported) {

    public static ClockEvent of(Instant at, EventKind kind) {
        return new ClockEvent(at, kind, false);
    }
}
