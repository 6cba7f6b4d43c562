package io.paiban.planning.roster.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.platform.PaibanConfig;
import io.paiban.planning.roster.solver.CoverageSlot;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.bound.CoverageRelaxation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Computes, next to each solve job, a proven lower bound on the roster's medium score (the LP relaxation of the
 * squared shortfall, {@link CoverageRelaxation}) on its own thread, and stores it on the job: the job view and the
 * explanation then report the gap between the roster and the bound, and how much of the shortfall per queue and day
 * even the relaxation cannot avoid.
 */
@ApplicationScoped
public class RosterBoundService {

    private static final Logger LOG = Logger.getLogger(RosterBoundService.class);
    private static final TypeReference<List<BoundShare>> SHARES = new TypeReference<>() {
    };

    @Inject
    PaibanConfig config;

    @Inject
    ObjectMapper json;

    private ExecutorService executor;

    @Schema(name = "BoundShare", description = "The relaxation's squared shortfall on one queue and day")
    public record BoundShare(long queueId, LocalDate date, double medium) {
    }

    @Schema(name = "SolveBound", description = "Proven lower bound on the medium score (squared shortfall) from the LP relaxation, "
            + "computed next to the solve; null fields until it is done")
    public record BoundView(@Schema(description = "No roster without hard breaches has a lower medium penalty") Long lowerBound,
                            @Schema(description = "(medium - bound) / bound of the job's best roster; 0 = proven optimal") Double gap,
                            @Schema(description = "Medium penalty of the best roster") Long medium,
                            @Schema(description = "Column generation reached the LP optimum") Boolean converged,
                            Double lpValue, Long millis) {
        public static final BoundView NONE = new BoundView(null, null, null, null, null, null);
    }

    /** The bound of a job and its gap to the job's best medium score (null medium: not solved yet). */
    BoundView view(long jobId, Long mediumScore) {
        SolveJobBound row = QuarkusTransaction.requiringNew().call(() -> SolveJobBound.<SolveJobBound>findById(jobId));
        if (row == null) {
            return BoundView.NONE;
        }
        Long medium = mediumScore == null ? null : -mediumScore;
        return new BoundView(row.boundMedium, medium == null ? null : gap(medium, row.boundMedium), medium, row.converged,
                row.lpValue, row.millis);
    }

    public static Double gap(long medium, long bound) {
        if (bound == 0) {
            return medium == 0 ? 0.0 : null;
        }
        return Math.round(10_000.0 * (medium - bound) / bound) / 10_000.0;
    }

    @PostConstruct
    void init() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "roster-bound");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }

    /** Starts the bound of a job's problem (read only: the solver works on its own clone). */
    void start(long jobId, Roster problem, int timeLimitSeconds) {
        long millis = 1000L * Math.max(1, Math.min(config.roster().boundSeconds(), timeLimitSeconds));
        executor.submit(() -> {
            try {
                CoverageRelaxation.Result result = new CoverageRelaxation(problem).solve(millis);
                String detail = json.writeValueAsString(shares(problem, result));
                QuarkusTransaction.requiringNew().run(() -> {
                    if (SolveJob.findById(jobId) == null) {
                        return; // the roster and its jobs were deleted meanwhile
                    }
                    SolveJobBound row = new SolveJobBound();
                    row.jobId = jobId;
                    row.boundMedium = result.lowerBound();
                    row.lpValue = Double.isNaN(result.lpValue()) ? null : result.lpValue();
                    row.converged = result.converged();
                    row.millis = result.millis();
                    row.detail = detail;
                    row.computedAt = java.time.Instant.now();
                    row.persist();
                });
            } catch (Throwable e) {
                LOG.warnf(e, "No lower bound for solve job %d", jobId);
            }
        });
    }

    static List<BoundShare> shares(Roster problem, CoverageRelaxation.Result result) {
        Map<String, BoundShare> byQueueDay = new LinkedHashMap<>();
        List<CoverageSlot> slots = problem.getCoverageSlots();
        for (int s = 0; s < slots.size(); s++) {
            CoverageSlot slot = slots.get(s);
            double share = result.slotShare()[s];
            if (share <= 0) {
                continue;
            }
            LocalDate date = problem.getHorizon().date(slot.getDayIndex());
            long queueId = Long.parseLong(slot.getQueue().getId());
            byQueueDay.merge(queueId + "/" + date, new BoundShare(queueId, date, share),
                    (a, b) -> new BoundShare(a.queueId(), a.date(), a.medium() + b.medium()));
        }
        return new ArrayList<>(byQueueDay.values());
    }

    public List<BoundShare> shares(SolveJobBound row) {
        try {
            return json.readValue(row.detail, SHARES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable bound detail of solve job " + row.jobId, e);
        }
    }
}
