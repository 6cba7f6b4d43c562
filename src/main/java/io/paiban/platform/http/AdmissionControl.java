package io.paiban.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.paiban.platform.error.Problem;
import io.paiban.platform.error.ProblemKind;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded admission in front of the worker pool. Every {@code /api} request is counted from the moment its headers
 * arrive until its response ends or its connection closes; a request that would take the count past
 * {@link AdmissionConfig#maxInFlight()} is answered at once, on the event loop, with 503, {@code Retry-After} and a
 * problem body. Without this bound, requests past saturation queued for the worker pool without limit and waited
 * longer than any client's timeout.
 *
 * <p>Not counted: everything outside {@code /api} (health probes, metrics, the console and its sign-in) and
 * long-lived event streams (a request accepting {@code text/event-stream}), which hold no worker thread.
 */
@ApplicationScoped
public class AdmissionControl {

    /** Runs after Quarkus' own header handlers (order MIN_VALUE), so a shed answer carries the security headers. */
    static final int PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(AdmissionControl.class);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int limit;
    private final boolean enabled;
    private final String retryAfter;
    private final Counter shed;
    private final ObjectMapper json;

    AdmissionControl(AdmissionConfig config, MeterRegistry registry, ObjectMapper json) {
        this.enabled = config.enabled();
        this.limit = config.maxInFlight().orElseGet(AdmissionControl::defaultLimit);
        if (limit < 1) {
            throw new IllegalArgumentException("paiban.http.admission.max-in-flight must be at least 1, was " + limit);
        }
        this.retryAfter = String.valueOf(Math.max(1, config.retryAfterSeconds()));
        this.json = json;
        this.shed = Counter.builder("paiban.http.shed")
                .description("API requests answered 503 at once because too many were in flight").register(registry);
        Gauge.builder("paiban.http.in.flight", inFlight, AtomicInteger::get)
                .description("API requests admitted and not yet answered").register(registry);
        Gauge.builder("paiban.http.in.flight.limit", () -> limit)
                .description("API requests admitted at once at most (paiban.http.admission.max-in-flight)").register(registry);
    }

    /**
     * Four times the database pool ({@code quarkus.datasource.jdbc.max-size}, 16 here): nearly every API call holds a
     * connection, so past a few waiting per connection a request would only time out on the pool. Twice the worker
     * pool (400) was measured too high: a stall filled it, 400 threads then fought over 16 connections and most of
     * a 500/s step was refused on a quiet machine.
     */
    static int defaultLimit() {
        int pool = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.max-size", Integer.class).orElse(20);
        return 4 * pool;
    }

    void register(@Observes Filters filters) {
        if (!enabled) {
            LOG.info("API admission control is off (paiban.http.admission.enabled=false)");
            return;
        }
        LOG.infof("API admission: at most %d requests in flight, then 503 with Retry-After %ss", limit, retryAfter);
        filters.register(this::admit, PRIORITY);
    }

    public int limit() {
        return limit;
    }

    public int inFlight() {
        return inFlight.get();
    }

    void admit(RoutingContext rc) {
        if (!counted(rc)) {
            rc.next();
            return;
        }
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            shed.increment();
            refuse(rc);
            return;
        }
        AtomicBoolean released = new AtomicBoolean();
        // called once the response has ended, or failed, or its connection closed (vertx-web's end handlers)
        rc.addEndHandler(done -> {
            if (released.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        });
        rc.next();
    }

    static boolean counted(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            return false;
        }
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        return accept == null || !accept.contains("text/event-stream");
    }

    private void refuse(RoutingContext rc) {
        Problem problem = Problem.of(ProblemKind.UNAVAILABLE,
                "The service is at capacity; send the request again after Retry-After seconds", rc.normalizedPath(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":503}";
        }
        rc.response().setStatusCode(503)
                .putHeader(HttpHeaders.RETRY_AFTER, retryAfter)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
