package io.paiban.planning.roster.solver;

import io.paiban.kernel.Channel;

/** A queue as the solver sees it. Identity equality on purpose: coverage groups by queue millions of times. */
public final class RosterQueue {

    private final String id;
    private final Channel channel;

    public RosterQueue(String id, Channel channel) {
        this.id = id;
        this.channel = channel;
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
