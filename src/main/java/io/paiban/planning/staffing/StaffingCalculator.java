package io.paiban.planning.staffing;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.error.ProblemKind;
import io.paiban.planning.staffing.StaffingDtos.Assumptions;
import io.paiban.planning.staffing.StaffingDtos.CurveInterval;
import io.paiban.planning.staffing.StaffingDtos.CurveRequest;
import io.paiban.planning.staffing.StaffingDtos.CurveResult;
import io.paiban.planning.staffing.StaffingDtos.MetricsView;
import io.paiban.planning.staffing.StaffingDtos.WhatIfRequest;
import io.paiban.planning.staffing.StaffingDtos.WhatIfResult;
import io.paiban.planning.staffing.model.ChatConcurrency;
import io.paiban.planning.staffing.model.CurveEvaluation;
import io.paiban.planning.staffing.model.CustomerPatience;
import io.paiban.planning.staffing.model.IntervalStaffing;
import io.paiban.planning.staffing.model.OfferedLoad;
import io.paiban.planning.staffing.model.QueueMetrics;
import io.paiban.planning.staffing.model.QueueModel;
import io.paiban.planning.staffing.model.RequirementCalculator;
import io.paiban.planning.staffing.model.ServiceTarget;
import io.paiban.planning.staffing.model.Shrinkage;
import io.paiban.planning.staffing.model.StaffingCurveEvaluator;
import io.paiban.planning.staffing.model.StaffingInputException;
import io.paiban.planning.staffing.model.StaffingRequirement;
import io.paiban.planning.staffing.model.UnreachableTargetException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The what-if calculator and the scoring of staffing curves: the staffing models behind REST. */
@ApplicationScoped
public class StaffingCalculator {

    static final int DEFAULT_INTERVAL_MINUTES = 30;

    private final RequirementCalculator requirements = new RequirementCalculator();

    public WhatIfResult whatIf(WhatIfRequest request) {
        return translated("assumptions.", () -> {
            Assumptions a = request.assumptions();
            QueueModel model = model(a);
            ServiceTarget target = target(a);
            OfferedLoad load = new OfferedLoad(request.contacts(), intervalMinutes(request.intervalMinutes()), request.ahtSeconds());
            double shrinkage = a.shrinkage() == null ? 0 : a.shrinkage();
            StaffingRequirement required = requirements.requiredAgents(load, target, model);
            MetricsView atGiven = null;
            Boolean met = null;
            if (request.agents() != null) {
                QueueMetrics metrics = model.metrics(load, request.agents(), a.answerWithinSeconds());
                atGiven = MetricsView.of(request.agents(), metrics);
                met = target.isMetBy(metrics);
            }
            return new WhatIfResult(modelName(a), load.trafficErlangs(), required.agents(),
                    Shrinkage.scheduledAgents(required.agents(), shrinkage), shrinkage,
                    MetricsView.of(required.agents(), required.metrics()), atGiven, met);
        });
    }

    public CurveResult evaluate(CurveRequest request) {
        return translated("assumptions.", () -> {
            Assumptions a = request.assumptions();
            QueueModel model = model(a);
            ServiceTarget target = target(a);
            int minutes = intervalMinutes(request.intervalMinutes());
            List<IntervalStaffing> intervals = request.intervals().stream()
                    .map(i -> new IntervalStaffing(new OfferedLoad(i.contacts(), minutes, i.ahtSeconds()), i.agents()))
                    .toList();
            CurveEvaluation evaluation = StaffingCurveEvaluator.evaluate(intervals, a.answerWithinSeconds(), model);
            List<CurveInterval> given = request.intervals();
            List<MetricsView> views = new ArrayList<>();
            for (int k = 0; k < given.size(); k++) {
                views.add(MetricsView.of(given.get(k).agents(), evaluation.intervals().get(k)));
            }
            var overall = evaluation.overall();
            boolean met = overall.serviceLevel() >= target.serviceLevel()
                    && overall.asaSeconds() <= target.maxAsaSeconds()
                    && overall.abandonRate() <= target.maxAbandonRate()
                    && overall.occupancy() <= target.maxOccupancy();
            return new CurveResult(views, overall.offeredContacts(), overall.serviceLevel(),
                    Double.isFinite(overall.asaSeconds()) ? overall.asaSeconds() : null, overall.abandonRate(),
                    overall.occupancy(), overall.unstableContacts(), met);
        });
    }

    static QueueModel model(Assumptions a) {
        CustomerPatience patience = a.patienceSeconds() == null
                ? CustomerPatience.infinite() : CustomerPatience.exponentialWithMeanSeconds(a.patienceSeconds());
        int concurrency = a.concurrency() == null ? 1 : a.concurrency();
        double inflation = a.concurrencyInflation() == null ? 0 : a.concurrencyInflation();
        return new QueueModel(patience, concurrency == 1 ? ChatConcurrency.single() : ChatConcurrency.of(concurrency, inflation));
    }

    static ServiceTarget target(Assumptions a) {
        if (a.maxAbandonRate() != null && a.patienceSeconds() == null) {
            throw new StaffingInputException("maxAbandonRate", "needs patienceSeconds: without patience nobody abandons (Erlang C)");
        }
        ServiceTarget target = ServiceTarget.of(a.serviceLevel(), a.answerWithinSeconds());
        if (a.maxAsaSeconds() != null) {
            target = target.withMaxAsaSeconds(a.maxAsaSeconds());
        }
        if (a.maxAbandonRate() != null) {
            target = target.withMaxAbandonRate(a.maxAbandonRate());
        }
        if (a.maxOccupancy() != null) {
            target = target.withMaxOccupancy(a.maxOccupancy());
        }
        return target;
    }

    static String modelName(Assumptions a) {
        boolean chat = a.concurrency() != null && a.concurrency() > 1;
        String base = a.patienceSeconds() == null ? "ERLANG_C" : "ERLANG_A";
        return chat ? "CHAT_" + base : base;
    }

    private static int intervalMinutes(Integer minutes) {
        return minutes == null ? DEFAULT_INTERVAL_MINUTES : minutes;
    }

    /** Model errors name their own fields; unreachable targets are 422, other bad values 400. */
    static <T> T translated(String prefix, Supplier<T> work) {
        try {
            return work.get();
        } catch (UnreachableTargetException e) {
            throw new ApiException(ProblemKind.UNPROCESSABLE, "The target cannot be reached: " + e.getMessage(), List.of());
        } catch (StaffingInputException e) {
            String field = switch (e.field()) {
                case "maxAbandonRate", "maxAsaSeconds", "maxOccupancy", "serviceLevel", "answerWithinSeconds",
                     "patienceSeconds", "shrinkage", "maxConcurrentChats" -> prefix + e.field();
                default -> e.field();
            };
            throw new ApiException(ProblemKind.VALIDATION, e.getMessage(), List.of(Problem.InvalidParam.field(field, e.getMessage())));
        }
    }
}
