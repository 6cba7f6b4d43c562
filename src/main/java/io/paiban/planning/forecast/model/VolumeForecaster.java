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
 *   <li>Rolling-origin backtest of every candidate and of the combination on the masked history; pick by
 *       the {@link Selection} rule (default: the combination unless a single candidate is clearly better)
 *       unless a model is forced by name.</li>
 *   <li>Fit the chosen model on the whole masked history and forecast the horizon.</li>
 *   <li>For each event whose window touches the horizon, multiply by its effect: learned from past
 *       occurrences of its key when there are any, else the user-given effect, else none.</li>
 * </ol>
 *
 * Immutable and thread-safe: forecast many series in parallel with one instance.
 */
public final class VolumeForecaster {

    private static final int MAX_EFFECT_REACH_DAYS = 31;

    /**
     * Defaults: the combination is the per-interval median of the best 3 candidates, and it is chosen unless a
     * single candidate beats it by more than one standard error of the paired fold differences. See
     * docs/forecasting.md (Selection) and benchmarks/forecast/README.md for the variants measured.
     */
    public static final int DEFAULT_COMBINE_TOP = 3;
    public static final Combination.Weighting DEFAULT_WEIGHTING =
            Combination.Weighting.MEDIAN;
    public static final Selection DEFAULT_SELECTION = Selection.COMBINATION_UNLESS_CLEARLY_BEATEN;

    private final List<ForecastModel> candidates;
    private final Backtester backtester;
    private final EventEffectLearner learner;
    private final Combination combination; // null = no combination candidate
    private final Selection selection;
    private final double lowerLevel;
    private final double upperLevel;

    /** How the forecaster picks from the backtest table. */
    public enum Selection {
        /** The lowest mean backtest WAPE (ties to the earlier, simpler candidate). */
        LOWEST,
        /**
         * The combination, unless the best single candidate beats it by more than one standard error of
         * the paired fold differences (see {@link #selectIndex}).
         */
        COMBINATION_UNLESS_CLEARLY_BEATEN,
        /** Always the combination (benchmark reference). */
        COMBINATION
    }

    public VolumeForecaster(List<ForecastModel> candidates, BacktestSettings settings,
                            EventEffectLearner learner) {
        this(candidates, settings, learner, DEFAULT_COMBINE_TOP, 0.1, 0.9);
    }

    /**
     * @param combineTop how many of the best candidates the combination averages; below 2 (or with fewer
     *                   than 2 candidates) there is no combination
     * @param lowerLevel quantile of the lower prediction bound, e.g. 0.1
     * @param upperLevel quantile of the upper prediction bound, e.g. 0.9
     */
    public VolumeForecaster(List<ForecastModel> candidates, BacktestSettings settings, EventEffectLearner learner,
                            int combineTop, double lowerLevel, double upperLevel) {
        this(candidates, settings, learner, combineTop, DEFAULT_WEIGHTING, DEFAULT_SELECTION, lowerLevel, upperLevel);
    }

    public VolumeForecaster(List<ForecastModel> candidates, BacktestSettings settings, EventEffectLearner learner,
                            int combineTop, Combination.Weighting weighting, Selection selection,
                            double lowerLevel, double upperLevel) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("need at least one candidate model");
        }
        this.candidates = List.copyOf(candidates);
        this.backtester = new Backtester(settings);
        this.learner = learner;
        this.combination = combineTop >= 2 && candidates.size() >= 2 ? new Combination(Math.min(combineTop, candidates.size()), weighting) : null;
        this.selection = selection;
        this.lowerLevel = lowerLevel;
        this.upperLevel = upperLevel;
    }

    /** Default candidates, 4-week backtest, default event learner. */
    public static VolumeForecaster withDefaults() {
        return new VolumeForecaster(defaultCandidates(), BacktestSettings.defaults(),
                EventEffectLearner.defaults());
    }

    /** Default candidates with the default averaging windows (4 weeks mean, 6 weeks median, 8 weeks profile). */
    public static List<ForecastModel> defaultCandidates() {
        return defaultCandidates(4, 6, 8);
    }

    /**
     * Seasonal naive first, so ties resolve to the simplest model. Both Holt-Winters forms are
     * candidates: multiplicative wins on growing or scaling series, additive on short histories with
     * long closures (the bank log); the backtest decides per series.
     *
     * @param meanWeeks    window N of the weekday-interval mean
     * @param medianWeeks  window N of the weekday-interval median
     * @param profileWeeks window N of the profile-and-trend model
     */
    public static List<ForecastModel> defaultCandidates(int meanWeeks, int medianWeeks, int profileWeeks) {
        return List.of(
                new SeasonalNaive(),
                WeekdayIntervalAverage.mean(meanWeeks),
                WeekdayIntervalAverage.median(medianWeeks),
                new ProfileTrend(profileWeeks, 0.5),
                new DoubleSeasonalHoltWinters(DoubleSeasonalHoltWinters.Seasonality.MULTIPLICATIVE, true),
                new DoubleSeasonalHoltWinters(DoubleSeasonalHoltWinters.Seasonality.ADDITIVE, true));
    }

    public List<ForecastModel> candidates() {
        return candidates;
    }

    public BacktestSettings settings() {
        return backtester.settings();
    }

    /** Every name {@link ForecastRequest#forceModel} accepts: the candidates, then the combination if any. */
    public List<String> modelNames() {
        List<String> names = new ArrayList<>(candidates.stream().map(ForecastModel::name).toList());
        if (combination != null) {
            names.add(combination.name());
        }
        return names;
    }

    public ForecastResult forecast(ForecastRequest request) {
        IntervalSeries history = request.history();
        List<EventOccurrence> events = request.events();
        IntervalSeries masked = events.isEmpty() ? history : learner.maskEvents(history, events);
        int horizon = request.horizon();

        Optional<String> forced = request.forcedModel();
        if (forced.isPresent() && !modelNames().contains(forced.get())) {
            throw new IllegalArgumentException("unknown model: " + forced.get());
        }
        boolean forcedSingle = forced.isPresent() && (combination == null || !forced.get().equals(combination.name()));
        List<ForecastModel> backtested = forcedSingle
                ? candidates.stream().filter(m -> m.name().equals(forced.get())).toList() // a forced model backtests only itself
                : candidates;
        Backtester.Detail detail = backtester.detail(masked, backtested);
        List<BacktestScore> table = new ArrayList<>(detail.scores());
        double[][] comboFolds = null;
        if (!forcedSingle && combination != null) {
            comboFolds = combination.foldForecasts(detail);
            table.add(Backtester.score(combination.name(), masked, detail.folds(), comboFolds));
        }
        int chosenIndex = forced.isPresent()
                ? indexOf(table, forced.get())
                : selectIndex(table, combination == null ? -1 : table.size() - 1, selection);
        String chosenName = table.get(chosenIndex).modelName();
        IntervalSeries base;
        Map<String, Double> parameters;
        double[][] chosenFolds;
        if (combination != null && chosenName.equals(combination.name())) {
            double[] weights = combination.finalWeights(detail.scores());
            List<double[]> forecasts = new ArrayList<>();
            parameters = new LinkedHashMap<>(Combination.named(weights, backtested));
            for (int i = 0; i < backtested.size(); i++) {
                forecasts.add(weights[i] > 0 ? backtested.get(i).fit(masked).forecast(horizon).values() : new double[horizon]);
            }
            base = masked.following(combination.apply(weights, forecasts));
            chosenFolds = comboFolds;
        } else {
            ForecastModel.FittedModel fitted = backtested.get(chosenIndex).fit(masked);
            base = fitted.forecast(horizon);
            parameters = fitted.parameterValues();
            chosenFolds = detail.forecasts().get(chosenIndex);
        }
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
        PredictionIntervals intervals = PredictionIntervals.fromBacktest(masked, detail.folds(), chosenFolds, lowerLevel, upperLevel);
        double[][] bounds = intervals.bounds(adjusted.values(), adjusted.intervalsPerDay());
        return new ForecastResult(chosenName, forced.isPresent(), table, base, adjusted,
                applied, parameters, adjusted.withValues(bounds[0]), adjusted.withValues(bounds[1]), lowerLevel, upperLevel);
    }

    private static int indexOf(List<BacktestScore> table, String name) {
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).modelName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown model: " + name);
    }

    /**
     * The chosen row of the table. {@code comboIndex} is the combination's row (-1 if none).
     * For {@link Selection#COMBINATION_UNLESS_CLEARLY_BEATEN}: let b be the single candidate with the lowest
     * mean WAPE; with the paired fold differences d_f = WAPE_f(combination) - WAPE_f(b) over n folds,
     * b is chosen only if n >= 2 and mean(d) > sd(d) / sqrt(n); else the combination.
     */
    public static int selectIndex(List<BacktestScore> table, int comboIndex, Selection selection) {
        if (comboIndex < 0 || selection == Selection.LOWEST) {
            return bestIndex(table);
        }
        BacktestScore combo = table.get(comboIndex);
        if (selection == Selection.COMBINATION || Double.isNaN(combo.meanWape())) {
            return Double.isNaN(combo.meanWape()) ? bestIndex(table) : comboIndex;
        }
        List<BacktestScore> singles = new ArrayList<>(table);
        singles.remove(comboIndex);
        int best = bestIndex(singles);
        BacktestScore single = singles.get(best);
        if (Double.isNaN(single.meanWape()) || combo.meanWape() <= single.meanWape()) {
            return comboIndex;
        }
        return clearlyBetter(single, combo) ? table.indexOf(single) : comboIndex;
    }

    /** True if {@code a} beats {@code b} by more than one standard error of the paired fold differences. */
    public static boolean clearlyBetter(BacktestScore a, BacktestScore b) {
        int n = a.folds();
        if (n < 2 || n != b.folds()) {
            return false;
        }
        double[] d = new double[n];
        double mean = 0;
        for (int f = 0; f < n; f++) {
            d[f] = b.foldWapes().get(f) - a.foldWapes().get(f);
            mean += d[f] / n;
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        return mean > se;
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
