package io.paiban.planning.roster.store;

import io.paiban.masterdata.calendar.CalendarEvent;
import io.paiban.masterdata.calendar.CalendarEventType;
import io.paiban.platform.error.ApiException;
import io.paiban.planning.roster.solver.Roster;
import jakarta.enterprise.context.ApplicationScoped;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The solver configurations in solver-configs/ (on the classpath as solver-configs/&lt;name&gt;.xml) and the
 * solver factories built from them with a job's own termination. Factories are cached per configuration and
 * termination (a few entries: building one compiles the constraint network).
 */
@ApplicationScoped
public class SolverConfigs {

    public static final String DEFAULT = "default";
    public static final String PEAK = "peak";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final int CACHED_FACTORIES = 8;

    /** Termination of one job: limits from the configuration file unless given. */
    public record Limits(Integer timeLimitSeconds, Integer unimprovedSeconds, Integer stepLimit) {
        public static final Limits NONE = new Limits(null, null, null);
    }

    private final Map<String, SolverFactory<Roster>> factories = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SolverFactory<Roster>> eldest) {
            return size() > CACHED_FACTORIES;
        }
    };
    private volatile SolutionManager<Roster, HardMediumSoftLongScore> solutionManager;

    /** The configuration asked for, or 400 naming {@code field} if there is no such file. */
    public String requireKnown(String name, String field) {
        if (name == null || !NAME.matcher(name).matches() || classLoader().getResource(resource(name)) == null) {
            throw ApiException.invalidField(field, "no solver configuration '" + name + "' in solver-configs/ (e.g. default, peak)");
        }
        return name;
    }

    /**
     * The configuration for a horizon when none is asked for: the one the roster benchmark measured better for that
     * kind of week, read from solver-configs/choice.properties ({@code promotion=}, {@code ordinary=}; the
     * measurements are in docs/benchmarks.md). A promotion week is one a PROMOTION calendar event falls in.
     */
    public String pick(LocalDate first, LocalDate last) {
        long promotions = CalendarEvent.count("type = ?1 and startDate <= ?2 and endDate >= ?3", CalendarEventType.PROMOTION, last, first);
        return choice(promotions > 0 ? "promotion" : "ordinary", promotions > 0 ? PEAK : DEFAULT);
    }

    private String choice(String kind, String fallback) {
        Properties measured = new Properties();
        try (var in = classLoader().getResourceAsStream("solver-configs/choice.properties")) {
            if (in != null) {
                measured.load(in);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = measured.getProperty(kind, fallback).trim();
        return classLoader().getResource(resource(name)) == null ? fallback : name;
    }

    public SolverConfig config(String name) {
        return SolverConfig.createFromXmlResource(resource(name), classLoader());
    }

    /** The configuration file with the solver termination replaced by the job's limits where given. */
    public synchronized SolverFactory<Roster> factory(String name, Limits limits) {
        return factory(name, limits, null);
    }

    /**
     * As {@link #factory(String, Limits)}, solving on {@code moveThreadCount} threads (OptaPlanner's multithreaded
     * incremental solving: NONE, AUTO or a number; null keeps the file's setting).
     */
    public synchronized SolverFactory<Roster> factory(String name, Limits limits, String moveThreadCount) {
        String key = name + "|" + limits + "|" + moveThreadCount;
        return factories.computeIfAbsent(key, k -> {
            SolverConfig config = withLimits(config(name), limits);
            if (moveThreadCount != null && !moveThreadCount.isBlank()) {
                config.setMoveThreadCount(moveThreadCount.trim());
            }
            return SolverFactory.create(config);
        });
    }

    static SolverConfig withLimits(SolverConfig config, Limits limits) {
        TerminationConfig termination = config.getTerminationConfig() == null ? new TerminationConfig() : config.getTerminationConfig();
        if (limits.timeLimitSeconds() != null) {
            termination.setSecondsSpentLimit((long) limits.timeLimitSeconds());
            termination.setSpentLimit(null);
        }
        if (limits.unimprovedSeconds() != null) {
            termination.setUnimprovedSecondsSpentLimit((long) limits.unimprovedSeconds());
            termination.setUnimprovedSpentLimit(null);
        }
        config.setTerminationConfig(termination);
        if (limits.stepLimit() != null) {
            // the main (last) local search; a short one before it keeps its own few steps
            PhaseConfig<?> last = null;
            for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
                if (phase instanceof LocalSearchPhaseConfig) {
                    last = phase;
                }
            }
            if (last != null) {
                last.setTerminationConfig(new TerminationConfig().withStepCountLimit(limits.stepLimit()));
            }
        }
        return config;
    }

    /** Seconds the configuration allows at most (for progress bars), after the job's limits. */
    public int timeLimitSeconds(String name, Limits limits) {
        if (limits.timeLimitSeconds() != null) {
            return limits.timeLimitSeconds();
        }
        TerminationConfig termination = config(name).getTerminationConfig();
        Long seconds = termination == null ? null : termination.getSecondsSpentLimit();
        return seconds == null ? 60 : seconds.intValue();
    }

    public Integer unimprovedSeconds(String name, Limits limits) {
        if (limits.unimprovedSeconds() != null) {
            return limits.unimprovedSeconds();
        }
        TerminationConfig termination = config(name).getTerminationConfig();
        Long seconds = termination == null ? null : termination.getUnimprovedSecondsSpentLimit();
        return seconds == null ? null : seconds.intValue();
    }

    /** Score calculation and explanation outside a solve (weights come from the problem itself). */
    public SolutionManager<Roster, HardMediumSoftLongScore> solutionManager() {
        if (solutionManager == null) {
            synchronized (this) {
                if (solutionManager == null) {
                    solutionManager = SolutionManager.create(factory(DEFAULT, Limits.NONE));
                }
            }
        }
        return solutionManager;
    }

    private static String resource(String name) {
        return "solver-configs/" + name + ".xml";
    }

    private static ClassLoader classLoader() {
        return SolverConfigs.class.getClassLoader();
    }
}
