package io.paiban.floor.intraday.engine;

/**
 * What a number of agents achieves on one queue interval: the fewest agents that meet the queue's target, and
 * the share of contacts expected to be answered within the target's threshold with a given number.
 */
public interface ServiceCurve {

    int required(double volume, double ahtSeconds);

    double serviceLevel(double volume, double ahtSeconds, int agents);
}
