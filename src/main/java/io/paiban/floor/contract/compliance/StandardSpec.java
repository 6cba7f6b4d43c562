package io.paiban.floor.contract.compliance;

import io.paiban.masterdata.client.ServiceStandard;
import io.paiban.floor.contract.ContractClause;
import io.paiban.floor.contract.MeasurementWindow;
import io.paiban.floor.contract.StandardKind;
import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.floor.servicelevel.metrics.Metric;
import io.paiban.floor.servicelevel.report.QueueInfo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One standard as measured: what metric, on which queues, against which share, over which window, and
 * the penalty when missed. Response-time standards come from the client's service standards (each
 * queue is measured against the most specific one for its channel and function, as queues take their
 * target from it) and take window, variant and penalty from the matching clause, if any.
 */
public record StandardSpec(String key, StandardKind kind, Channel channel, QueueFunction function, String description, Metric metric,
                           BigDecimal targetShare, MeasurementWindow window, BigDecimal penaltyPercent,
                           ServiceStandard standard, List<Long> queueIds) {

    public static List<StandardSpec> of(List<ServiceStandard> standards, List<ContractClause> clauses, List<QueueInfo> queues) {
        List<StandardSpec> specs = new ArrayList<>();
        for (ServiceStandard s : standards) {
            Optional<ContractClause> clause = clauses.stream()
                    .filter(c -> c.kind == StandardKind.RESPONSE_TIME && c.channel == s.channel && c.queueFunction == s.queueFunction)
                    .findFirst();
            List<Long> ids = queues.stream().filter(q -> mostSpecific(standards, q).orElse(null) == s).map(QueueInfo::id).toList();
            Metric metric = s.channel.isDeferred() ? Metric.ON_TIME_REPLY_RATE
                    : clause.map(c -> c.metricVariant).flatMap(Metric::byId).orElse(Metric.SERVICE_LEVEL);
            specs.add(new StandardSpec(key(StandardKind.RESPONSE_TIME, s.channel, s.queueFunction), StandardKind.RESPONSE_TIME,
                    s.channel, s.queueFunction, s.description != null ? s.description : clause.map(c -> c.description).orElse(null),
                    metric, s.target.targetShare, clause.map(c -> c.window).orElse(MeasurementWindow.MONTH),
                    clause.map(c -> c.penaltyPercent).orElse(BigDecimal.ZERO), s, ids));
        }
        for (ContractClause c : clauses) {
            if (c.kind == StandardKind.RESPONSE_TIME) {
                continue;
            }
            List<Long> ids = queues.stream()
                    .filter(q -> (c.channel == null || q.channel() == c.channel) && (c.queueFunction == null || q.function() == c.queueFunction))
                    .map(QueueInfo::id).toList();
            Metric metric = switch (c.kind) {
                case REPLY_RATE -> Metric.REPLY_RATE;
                case SATISFACTION -> Metric.SATISFACTION;
                case ACCURACY -> Metric.ACCURACY;
                case RESPONSE_TIME -> throw new IllegalStateException();
            };
            specs.add(new StandardSpec(key(c.kind, c.channel, c.queueFunction), c.kind, c.channel, c.queueFunction, c.description,
                    metric, c.targetShare, c.window, c.penaltyPercent, null, ids));
        }
        return specs;
    }

    /** The client's standard for the queue's channel and function, else for its channel and any function. */
    static Optional<ServiceStandard> mostSpecific(List<ServiceStandard> standards, QueueInfo q) {
        return standards.stream()
                .filter(s -> s.channel == q.channel() && (s.queueFunction == null || s.queueFunction == q.function()))
                .max(Comparator.comparing(s -> s.queueFunction != null));
    }

    static String key(StandardKind kind, Channel channel, QueueFunction function) {
        return kind + (channel == null ? "" : "/" + channel) + (function == null ? "" : "/" + function);
    }
}
