package io.paiban.planning.roster.solver;

import io.paiban.kernel.Channel;

/** A queue as the solver sees it. Identity equality on purpose: coverage groups by queue millions of times. */
public final class RosterQueue {

    private final String id;
    private final Channel channel;
    private final boolean[] openIntervals; // per horizon interval; null = always open

    public RosterQueue(String id, Channel channel) {
        this(id, channel, null);
    }

    /** @param openIntervals whether the queue is open in each interval of the horizon (null: always) */
    public RosterQueue(String id, Channel channel, boolean[] openIntervals) {
        this.id = id;
        this.channel = channel;
        this.openIntervals = openIntervals == null ? null : openIntervals.clone();
    }

    /** Intervals outside the horizon count as open: nothing is known of them. */
    public boolean isOpen(int interval) {
        return openIntervals == null || interval < 0 || interval >= openIntervals.length || openIntervals[interval];
    }

    public String getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    @Override
    public String toString() {
        return id;
    }
}
