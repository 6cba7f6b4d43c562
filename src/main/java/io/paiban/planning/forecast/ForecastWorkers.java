package io.paiban.planning.forecast;

import io.paiban.planning.forecast.model.BacktestSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads that fit and forecast queues in parallel, shared by every forecast run and shut down with the
 * application. Each queue's forecast is pure computation on its own series ({@link QueueForecaster} is
 * immutable), so a run hands over its inputs and waits for the outputs, in input order.
 */
@ApplicationScoped
public class ForecastWorkers {

    /** Settings under {@code paiban.forecast}. */
    @ConfigMapping(prefix = "paiban.forecast")
    public interface Config {
        /** Queues forecast at once; default one per core. */
        OptionalInt workers();

        /** Backtest origins (folds); a run may override it. */
        @WithDefault("4")
        int backtestOrigins();

        /** Days between backtest origins. */
        @WithDefault("7")
        int backtestStepDays();

        /** Days each backtest origin forecasts (also the lead days of the prediction bounds). */
        @WithDefault("7")
        int backtestHorizonDays();

        /** Least training weeks before a backtest origin. */
        @WithDefault("2")
        int backtestMinTrainingWeeks();

        /** Window N (weeks) of the weekday-interval mean; a run may override it. */
        @WithDefault("4")
        int meanWeeks();

        /** Window N (weeks) of the weekday-interval median. */
        @WithDefault("6")
        int medianWeeks();

        /** Window N (weeks) of the profile-and-trend model. */
        @WithDefault("8")
        int profileWeeks();

        /** Best candidates averaged by the combination; below 2 turns the combination off. */
        @WithDefault("3")
        int combineTop();

        /** Quantile of the lower prediction bound. */
        @WithDefault("0.1")
        double lowerQuantile();

        /** Quantile of the upper prediction bound. */
        @WithDefault("0.9")
        double upperQuantile();
    }

    private final Config config;
    private final QueueForecaster forecaster;
    private final ExecutorService pool;

    @Inject
    ForecastWorkers(Config config) {
        this.config = config;
        this.forecaster = new QueueForecaster(settings(null, null));
        int threads = Math.max(1, config.workers().orElse(Runtime.getRuntime().availableProcessors()));
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "forecast-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** The configured settings, with a run's own backtest origins and mean window where given. */
    public QueueForecaster.Settings settings(Integer backtestOrigins, Integer meanWeeks) {
        return new QueueForecaster.Settings(
                new BacktestSettings(backtestOrigins != null ? backtestOrigins : config.backtestOrigins(), config.backtestStepDays(),
                        config.backtestHorizonDays(), config.backtestMinTrainingWeeks()),
                meanWeeks != null ? meanWeeks : config.meanWeeks(), config.medianWeeks(), config.profileWeeks(), config.combineTop(),
                config.lowerQuantile(), config.upperQuantile());
    }

    /** The forecaster of the configured settings. */
    public QueueForecaster forecaster() {
        return forecaster;
    }

    public List<QueueForecaster.Output> forecast(List<QueueForecaster.Input> inputs) {
        return forecast(forecaster, inputs);
    }

    /** Forecasts with a run's own forecaster (other settings than configured). */
    public List<QueueForecaster.Output> forecast(QueueForecaster forecaster, List<QueueForecaster.Input> inputs) {
        List<Future<QueueForecaster.Output>> futures = new ArrayList<>();
        for (QueueForecaster.Input input : inputs) {
            futures.add(pool.submit(() -> forecaster.forecast(input)));
        }
        List<QueueForecaster.Output> outputs = new ArrayList<>();
        try {
            for (Future<QueueForecaster.Output> future : futures) {
                outputs.add(future.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("forecast interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("forecast failed: " + e.getCause().getMessage(), e.getCause());
        }
        return outputs;
    }
}
