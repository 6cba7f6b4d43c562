package io.paiban.planning.forecast;

import io.paiban.planning.forecast.model.BacktestSettings;
import io.paiban.planning.forecast.model.EventEffect;
import io.paiban.planning.forecast.model.EventEffectLearner;
import io.paiban.planning.forecast.model.EventOccurrence;
import io.paiban.planning.forecast.model.ForecastRequest;
import io.paiban.planning.forecast.model.ForecastResult;
import io.paiban.planning.forecast.model.HandleTimeForecaster;
import io.paiban.planning.forecast.model.IntervalSeries;
import io.paiban.planning.forecast.model.VolumeForecaster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Forecasts one queue on its local grid: backtest and pick (or force) a volume model, apply calendar
 * effects, forecast the handle-time shape, and force closed intervals of live queues to 0. Pure and
 * thread-safe, so the service runs queues in parallel and the benchmark runs it without a database.
 */
public final class QueueForecaster {

    /**
     * Effects reach from 3 days before an event to 10 days after it: the demo's (and Tmall's) after-sale
     * surge lasts about ten days, and a shorter window would leave its tail in the "normal" weeks.
     */
    public static final EventEffectLearner LEARNER = new EventEffectLearner(-3, 10, 240, 3, 50);

    private final VolumeForecaster volumeForecaster;
    private final HandleTimeForecaster handleTimeForecaster = HandleTimeForecaster.defaults();

    public QueueForecaster() {
        this(Settings.defaults());
    }

    public QueueForecaster(Settings settings) {
        this.volumeForecaster = new VolumeForecaster(
                VolumeForecaster.defaultCandidates(settings.meanWeeks(), settings.medianWeeks(), settings.profileWeeks()),
                settings.backtest(), LEARNER, settings.combineTop(), settings.lowerLevel(), settings.upperLevel());
    }

    /**
     * The forecasting settings of a run: backtest shape, the windows N (weeks) of the averaging models,
     * how many best candidates the combination averages (below 2 = no combination) and the quantile levels
     * of the prediction bounds.
     */
    public record Settings(BacktestSettings backtest, int meanWeeks, int medianWeeks, int profileWeeks, int combineTop,
                           double lowerLevel, double upperLevel) {

        public static Settings defaults() {
            return new Settings(BacktestSettings.defaults(), 4, 6, 8, VolumeForecaster.DEFAULT_COMBINE_TOP, 0.1, 0.9);
        }
    }

    /** Default model names (the API accepts these for forceModel with the default windows). */
    public static List<String> modelNames() {
        return new QueueForecaster().names();
    }

    /** Names this forecaster accepts to force a model: candidates, then the combination. */
    public List<String> names() {
        return volumeForecaster.modelNames();
    }

    public VolumeForecaster volumeForecaster() {
        return volumeForecaster;
    }

    /**
     * @param closedInHorizon per horizon slot, true where a live queue is closed (forecast 0); null = none
     * @param defaultAhtSeconds AHT to use where the queue never had a handled contact
     */
    public record Input(long queueId, QueueSeries history, int horizon, boolean[] closedInHorizon,
                        Optional<String> forcedModel, List<EventOccurrence> events, Map<String, EventEffect> userEffects,
                        double defaultAhtSeconds) {
    }

    /**
     * Base volume (model only), volume (with calendar effects), its lower and upper prediction bounds, AHT;
     * all on the horizon grid.
     */
    public record Output(long queueId, ForecastResult result, double[] baseVolume, double[] volume, double[] lower,
                         double[] upper, double[] ahtSeconds) {
    }

    public Output forecast(Input input) {
        ForecastRequest request = new ForecastRequest(input.history().volume(), input.horizon(), input.forcedModel(),
                input.events(), input.userEffects());
        ForecastResult result = volumeForecaster.forecast(request);
        double[] base = result.baseForecast().values();
        double[] volume = result.forecast().values();
        double[] lower = result.lower().values();
        double[] upper = result.upper().values();
        IntervalSeries aht = handleTimeForecaster.forecast(input.history().handled(), input.history().aht(), input.horizon());
        double[] ahtSeconds = aht.values();
        for (int k = 0; k < input.horizon(); k++) {
            if (input.closedInHorizon() != null && input.closedInHorizon()[k]) {
                base[k] = 0;
                volume[k] = 0;
                lower[k] = 0;
                upper[k] = 0;
            }
            if (!(ahtSeconds[k] > 0)) {
                ahtSeconds[k] = input.defaultAhtSeconds();
            }
        }
        return new Output(input.queueId(), result, base, volume, lower, upper, ahtSeconds);
    }
}
