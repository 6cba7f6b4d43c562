package io.paiban.planning.forecast.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to forecast for one series: the history, how many intervals ahead, optionally a model forced by
 * name, the calendar events (past ones to learn from and mask, future ones to apply) and user-given
 * effects for event keys the history has never seen.
 */
public record ForecastRequest(IntervalSeries history, int horizon, Optional<String> forcedModel,
                              List<EventOccurrence> events, Map<String, EventEffect> userEffects) {

    public ForecastRequest {
        Objects.requireNonNull(history, "history");
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1");
        }
        forcedModel = forcedModel == null ? Optional.empty() : forcedModel;
        events = List.copyOf(events);
        userEffects = Map.copyOf(userEffects);
    }

    public static ForecastRequest of(IntervalSeries history, int horizon) {
        return new ForecastRequest(history, horizon, Optional.empty(), List.of(), Map.of());
    }

    public ForecastRequest forceModel(String modelName) {
        return new ForecastRequest(history, horizon, Optional.of(modelName), events, userEffects);
    }

    public ForecastRequest withEvents(List<EventOccurrence> newEvents) {
        return new ForecastRequest(history, horizon, forcedModel, newEvents, userEffects);
    }

    /** Adds a user-given effect, used only when the history has no occurrence of its key. */
    public ForecastRequest withUserEffect(EventEffect effect) {
        Map<String, EventEffect> effects = new HashMap<>(userEffects);
        effects.put(effect.key(), effect);
        return new ForecastRequest(history, horizon, forcedModel, events, effects);
    }
}
