package io.paiban.floor.attendance.rules;

import io.paiban.floor.attendance.rules.EventKind.State;

import java.util.List;
import java.util.Optional;

/** Checks that an agent's events, in time order, follow in, (away-start, away-end)*, out. */
public final class EventSequence {

    private EventSequence() {
    }

    public record Violation(int index, String message) {
    }

    public static Optional<Violation> check(State initial, List<ClockEvent> sorted) {
        State state = initial;
        for (int i = 0; i < sorted.size(); i++) {
            ClockEvent e = sorted.get(i);
            if (!e.kind().allowedIn(state)) {
                return Optional.of(new Violation(i, e.kind().refusal(state) + " at " + e.at()));
            }
            state = e.kind().after();
        }
        return Optional.empty();
    }
}
