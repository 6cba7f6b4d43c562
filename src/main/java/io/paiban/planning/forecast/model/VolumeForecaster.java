package io.paiban.planning.forecast.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backtest, select and forecast one contact-volume series, with calendar effects.
 *
 * <ol>
 *   <li>Mask the windows of all past events in the history (set missing), so promotions do not pollute
 *       the seasonality nor the backtest score.</li>
 *   <li>Rolling-origin backtest of every candidate on the masked history; pick the lowest mean WAPE
 *       (ties go to the earlier, simpler candidate) unless a model is forced by name.</li>
 *   <li>Fit the chosen model on the whole masked history and forecast the horizon.</li>
 *   <li>For each event whose window touches the horizon, multiply by its effect: learned from past
 *       occurrences of its key when there are any, else the user-given effect, else none.</li>
 * </ol>
 *
 * Immutable and thread-safe: forecast many series in parallel with one instance.
 */
public final class VolumeForecaster {

    private static final int MAX_EFFECT_REACH_DAYS = 31;

    private final List<ForecastModel> candidates;
    private final Backtester backtester;
    private final EventEffectLearner learner;

    public VolumeForecaster(List<ForecastModel> candidates, BacktestSettings settings,
                            EventEffectLearner learner) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("need at least one candidate model");
        }
        this.candidates = List.copyOf(candidates);
        this.backtester = new Backtester(settings);
        this.learner = learner;
    }

    /** Default candidates, 4-week backtest, default event learner. */
    public static VolumeForecaster withDefaults() {
        return new VolumeForecaster(defaultCandidates(), BacktestSettings.defaults(),
                EventEffectLearner.defaults());
    }

    /**
     * Seasonal naive first, so ties resolve to the simplest model. Both Holt-Winters forms are
     * candidates: multiplicative wins on growing or scaling series, additive on short histories with
     * long closures (the bank log); the backtest decides per series.
     */
    public static List<ForecastModel> defaultCandidates() {
        return List.of(
                new SeasonalNaive(),
                WeekdayIntervalAverage.mean(4),
                WeekdayIntervalAverage.median(6),
                new ProfileTrend(8, 0.5),
                new DoubleSeasonalHoltWinters(DoubleSeasonalHoltWinters.Seasonality.MULTIPLICATIVE, true),
                new DoubleSeasonalHoltWinters(DoubleSeasonalHoltWinters.Seasonality.ADDITIVE, true));
    }

    public List<ForecastModel> candidates() {
        return candidates;
    }

    public ForecastResult forecast(ForecastRequest request) {
        IntervalSeries history = request.history();
        List<EventOccurrence> events = request.events();
        IntervalSeries masked = events.isEmpty() ? history : learner.maskEvents(history, events);

        List<BacktestScore> table = backtester.run(masked, candidates);
        ForecastModel chosen;
        if (request.forcedModel().isPresent()) {
            String name = request.forcedModel().get();
            chosen = candidates.stream().filter(m -> m.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown model: " + name));
        } else {
            chosen = candidates.get(bestIndex(table));
        }
        ForecastModel.FittedModel fitted = chosen.fit(masked);
        IntervalSeries base = fitted.forecast(request.horizon());
        IntervalSeries adjusted = base;
        Map<String, Optional<EventEffect>> effects = new LinkedHashMap<>();
        for (EventOccurrence event : events) {
            if (!nearForecast(event, base)) {
                continue;
            }
            Optional<EventEffect> effect = effects.computeIfAbsent(event.key(), key -> effectFor(key, request));
            if (effect.isPresent()) {
                // applyTo ignores the part of the effect window outside the forecast
                adjusted = effect.get().applyTo(adjusted, event.date());
            }
        }
        Map<String, EventEffect> applied = new LinkedHashMap<>();
        effects.forEach((key, effect) -> effect.ifPresent(e -> applied.put(key, e)));
        return new ForecastResult(chosen.name(), request.forcedModel().isPresent(), table, base, adjusted,
                applied, fitted.parameterValues());
    }

    /** Index of the lowest mean WAPE; candidates without any scored fold lose. */
    static int bestIndex(List<BacktestScore> table) {
        int best = 0;
        double bestWape = Double.POSITIVE_INFINITY;
        for (int i = 0; i < table.size(); i++) {
            double wape = table.get(i).meanWape();
            if (!Double.isNaN(wape) && wape < bestWape) {
                bestWape = wape;
                best = i;
            }
        }
        return best;
    }

    private Optional<EventEffect> effectFor(String key, ForecastRequest request) {
        Optional<EventEffect> learned = learner.learn(request.history(), key, request.events());
        return learned.isPresent() ? learned : Optional.ofNullable(request.userEffects().get(key));
    }

    /** Effect windows are at most a month long, so events further away cannot touch the forecast. */
    private static boolean nearForecast(EventOccurrence event, IntervalSeries forecast) {
        LocalDate first = forecast.start().toLocalDate().minusDays(MAX_EFFECT_REACH_DAYS);
        LocalDate last = forecast.dateAt(forecast.size() - 1).plusDays(MAX_EFFECT_REACH_DAYS);
        return !event.date().isBefore(first) && !event.date().isAfter(last);
    }

    /** Convenience for callers that only need the table. */
    public List<BacktestScore> backtest(IntervalSeries history) {
        return new ArrayList<>(backtester.run(history, candidates));
    }
}
