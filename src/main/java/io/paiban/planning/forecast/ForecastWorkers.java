package io.paiban.planning.forecast;

import io.smallrye.config.ConfigMapping;
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
    }

    private final QueueForecaster forecaster = new QueueForecaster();
    private final ExecutorService pool;

    @Inject
    ForecastWorkers(Config config) {
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

    public List<QueueForecaster.Output> forecast(List<QueueForecaster.Input> inputs) {
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
