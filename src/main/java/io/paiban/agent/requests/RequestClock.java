package io.paiban.agent.requests;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** What "today" is for the date rules of requests; a bean so that tests can stand on either side of a site's midnight. */
@ApplicationScoped
public class RequestClock {

    public Instant now() {
        return Instant.now();
    }

    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }
}
