package io.paiban.agent.selfservice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Calendar feed settings, under {@code paiban.calendar-feed}. */
@ConfigMapping(prefix = "paiban.calendar-feed")
public interface CalendarFeedConfig {

    /** Base URL phones use to reach Paiban (e.g. https://wfm.example.com); default: the request's own base. */
    Optional<String> publicBaseUrl();

    /** Days of past shifts in the feed. */
    @WithDefault("30")
    int daysBack();

    /** Days of coming shifts in the feed. */
    @WithDefault("90")
    int daysAhead();
}
