package io.paiban.floor.attendance.rules;

/**
 * An attendance event. Per agent the events form the sequence in, (away-start, away-end)*, out; a
 * clock-out while away ends the away period too (the agent left from the break room).
 */
public enum EventKind {
    CLOCK_IN, CLOCK_OUT, AWAY_START, AWAY_END;

    /** Where the agent is after the previous event. */
    public enum State {
        OFF, ON, AWAY
    }

    public boolean allowedIn(State state) {
        return switch (this) {
            case CLOCK_IN -> state == State.OFF;
            case CLOCK_OUT -> state != State.OFF;
            case AWAY_START -> state == State.ON;
            case AWAY_END -> state == State.AWAY;
        };
    }

    public State after() {
        return switch (this) {
            case CLOCK_IN, AWAY_END -> State.ON;
            case CLOCK_OUT -> State.OFF;
            case AWAY_START -> State.AWAY;
        };
    }

    public static State stateAfter(EventKind last) {
        return last == null ? State.OFF : last.after();
    }

    /** Why {@code this} cannot follow an agent in {@code state}, for error messages. */
    public String refusal(State state) {
        return switch (state) {
            case OFF -> name() + " while not clocked in";
            case ON -> name() + " while already clocked in";
            case AWAY -> name() + " while away from the seat";
        };
    }
}
