package io.paiban.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Bounded admission of {@code /api} requests ({@link AdmissionControl}): past the limit a request is answered 503
 * at once instead of waiting in the unbounded queue in front of the worker pool.
 */
@ConfigMapping(prefix = "paiban.http.admission")
public interface AdmissionConfig {

    /** Whether the limit applies at all. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Most {@code /api} requests in flight at once (running on a worker thread or waiting for one). Default: four times
     * the database pool ({@code quarkus.datasource.jdbc.max-size}).
     */
    Optional<Integer> maxInFlight();

    /** The {@code Retry-After} answered with a shed request, in seconds. */
    @WithDefault("1")
    int retryAfterSeconds();
}
