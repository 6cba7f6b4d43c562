package io.paiban.agent.requests;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the self-service requests, under {@code paiban.requests.}. */
@ConfigMapping(prefix = "paiban.requests")
public interface RequestsConfig {

    /** Longest leave request in days (first to last date inclusive). */
    @WithDefault("30")
    int maxLeaveDays();

    /** Time limit of the re-plan job an approved leave starts on each published roster covering it. */
    @WithDefault("10")
    int replanTimeLimitSeconds();

    /** The re-plan stops earlier when the best roster has not improved for this long. */
    @WithDefault("2")
    int replanUnimprovedSeconds();
}
