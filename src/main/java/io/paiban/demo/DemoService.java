package io.paiban.demo;

import io.paiban.platform.PaibanConfig;
import io.paiban.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** Generates and stores demo centers on request and on the first start of the embedded database. */
@ApplicationScoped
public class DemoService {

    @Inject
    DemoLoader loader;

    @Inject
    PaibanConfig config;

    public DemoLoader.LoadSummary loadDefault() {
        PaibanConfig.Demo demo = config.demo();
        return loader.load(DemoCenterGenerator.generate(
                DemoCenterSpec.ofToday(demo.seed(), demo.agents(), demo.queues(), demo.weeks(), DemoCenterSpec.DEFAULT_ZONE)));
    }

    public DemoLoader.LoadSummary load(Long seed, Integer agents, Integer queues, Integer weeks, LocalDate historyEnd, String zone) {
        PaibanConfig.Demo demo = config.demo();
        ZoneId zoneId = zone(zone);
        DemoCenterSpec spec;
        try {
            spec = historyEnd == null
                    ? DemoCenterSpec.ofToday(or(seed, demo.seed()), or(agents, demo.agents()), or(queues, demo.queues()),
                    or(weeks, demo.weeks()), zoneId)
                    : new DemoCenterSpec(or(seed, demo.seed()), or(agents, demo.agents()), or(queues, demo.queues()),
                    or(weeks, demo.weeks()), historyEnd, zoneId);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().split(" ")[0];
            throw ApiException.invalidField(field, e.getMessage().substring(field.length()).trim());
        }
        return loader.load(DemoCenterGenerator.generate(spec));
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return DemoCenterSpec.DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ApiException.invalidField("timeZone", "'" + zone + "' is not an IANA time zone");
        }
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
