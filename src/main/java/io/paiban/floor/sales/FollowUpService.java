package io.paiban.floor.sales;

import io.paiban.floor.servicelevel.actuals.ActualsStore;
import io.paiban.floor.servicelevel.actuals.ActualsStore.SaleRow;
import io.paiban.kernel.QueueFunction;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follow-up of unpaid orders (DOMAIN.md: unpaid orders are followed up after 12 hours; owner of sale_follow_up). An
 * imported order with no payment time {@code paiban.sales.follow-up-hours} after it was placed becomes one task on the
 * queue that took the order, else on the client's order queue (then pre-sale queue), email and ticket queues first.
 * One task per order, whoever runs first (the job, a REST call, another replica): the insert skips an existing order.
 */
@ApplicationScoped
public class FollowUpService {

    @Inject
    ActualsStore actuals;

    @Inject
    SalesConfig config;

    @Inject
    AccessScope scope;

    @Schema(name = "FollowUpRun", description = "What one run did: tasks created, orders already followed up, open tasks closed "
            + "because the payment arrived, unpaid orders of clients without an order or pre-sale queue")
    public record RunResult(Instant asOf, Instant placedUpTo, int created, int alreadyFollowedUp, int closedAsPaid,
                            List<String> withoutQueue) {
    }

    @Schema(name = "FollowUp")
    public record FollowUpView(long id, long clientId, String orderRef, long queueId, String queueCode, Long agentId, Instant soldAt,
                               Instant dueAt, BigDecimal amount, FollowUp.Status status, Instant closedAt, String closedBy, long version) {
        static FollowUpView of(FollowUp f, String queueCode) {
            return new FollowUpView(f.id, f.clientId, f.orderRef, f.queueId, queueCode, f.agentId, f.soldAt, f.dueAt, f.amount, f.status,
                    f.closedAt, f.closedBy, f.version);
        }
    }

    @Schema(name = "FollowUpDone")
    public record DoneRequest(@Schema(description = "The version you read") Long version) {
    }

    /** Creates the follow-ups due at {@code now} and closes open ones whose order has been paid since. */
    @Transactional
    public RunResult run(Instant now) {
        Instant placedUpTo = now.minus(Duration.ofHours(config.followUpHours()));
        Instant from = now.minus(Duration.ofDays(config.followUpLookbackDays()));
        // sold_at <= now - 12 h: an order placed exactly 12 hours ago is due now
        List<SaleRow> unpaid = actuals.unpaidSales(from, placedUpTo.plus(1, ChronoUnit.MICROS));
        Map<Long, Optional<ServiceQueue>> defaults = new HashMap<>();
        int created = 0;
        int existing = 0;
        List<String> withoutQueue = new ArrayList<>();
        Set<String> followedUp = new HashSet<>();
        if (!unpaid.isEmpty()) {
            for (FollowUp f : FollowUp.<FollowUp>list("soldAt >= ?1", from)) {
                followedUp.add(f.clientId + "/" + f.orderRef);
            }
        }
        for (SaleRow sale : unpaid) {
            if (followedUp.contains(sale.clientId() + "/" + sale.orderRef())) {
                existing++;
                continue;
            }
            Long queueId = sale.queueId() != null ? sale.queueId()
                    : defaults.computeIfAbsent(sale.clientId(), FollowUpService::defaultQueue).map(q -> q.id).orElse(null);
            if (queueId == null) {
                withoutQueue.add(sale.orderRef());
                continue;
            }
            // another replica or a REST call may have inserted it since: the unique key keeps one task, the insert skips
            insert(sale, queueId, now);
            created++;
        }
        int paid = 0;
        for (FollowUp open : FollowUp.<FollowUp>list("status", FollowUp.Status.OPEN)) {
            Optional<SaleRow> sale = actuals.sale(open.clientId, open.orderRef);
            if (sale.isPresent() && sale.get().paidAt() != null) {
                open.status = FollowUp.Status.PAID;
                open.closedAt = sale.get().paidAt();
                open.closedBy = "payment";
                paid++;
            }
        }
        return new RunResult(now, placedUpTo, created, existing, paid, withoutQueue);
    }

    /** The client's queue for follow-ups: ORDER before PRE_SALE, email/ticket before live channels, then the lowest id. */
    static Optional<ServiceQueue> defaultQueue(long clientId) {
        return ServiceQueue.<ServiceQueue>list("client.id", clientId).stream()
                .filter(q -> q.function == QueueFunction.ORDER || q.function == QueueFunction.PRE_SALE)
                .min(Comparator.<ServiceQueue>comparingInt(q -> q.function == QueueFunction.ORDER ? 0 : 1)
                        .thenComparingInt(q -> q.channel.isDeferred() ? 0 : 1)
                        .thenComparing(q -> q.id));
    }

    private void insert(SaleRow sale, long queueId, Instant now) {
        Panache.getEntityManager().createNativeQuery("INSERT INTO sale_follow_up (client_id, order_ref, queue_id, agent_id, sold_at,"
                        + " due_at, amount, task_status, row_version, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'OPEN', 0, ?8, ?8)"
                        + " ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, sale.clientId())
                .setParameter(2, sale.orderRef())
                .setParameter(3, queueId)
                .setParameter(4, sale.agentId())
                .setParameter(5, utc(sale.soldAt()))
                .setParameter(6, utc(sale.soldAt().plus(Duration.ofHours(config.followUpHours()))))
                .setParameter(7, sale.amount())
                .setParameter(8, utc(now))
                .executeUpdate();
    }

    /** Follow-ups of one client or queue (or every visible client), by status (default OPEN), oldest due first. */
    public List<FollowUpView> list(Long clientId, Long queueId, FollowUp.Status status) {
        FollowUp.Status s = status == null ? FollowUp.Status.OPEN : status;
        List<FollowUp> rows;
        if (queueId != null) {
            ServiceQueue q = ServiceQueue.<ServiceQueue>findByIdOptional(queueId).orElseThrow(() -> ApiException.notFound("Queue", queueId));
            scope.requireClient(q.client.id);
            rows = FollowUp.list("queueId = ?1 and status = ?2", Sort.by("dueAt").and("id"), queueId, s);
        } else if (clientId != null) {
            scope.requireClient(clientId);
            rows = FollowUp.list("clientId = ?1 and status = ?2", Sort.by("dueAt").and("id"), clientId, s);
        } else {
            Optional<Set<Long>> visible = scope.visibleClientIds();
            rows = FollowUp.<FollowUp>list("status", Sort.by("dueAt").and("id"), s).stream()
                    .filter(f -> visible.isEmpty() || visible.get().contains(f.clientId)).toList();
        }
        Map<Long, String> codes = new HashMap<>();
        return rows.stream().map(f -> FollowUpView.of(f, codes.computeIfAbsent(f.queueId,
                id -> ServiceQueue.<ServiceQueue>findByIdOptional(id).map(q -> q.code).orElse(null)))).toList();
    }

    @Transactional
    public FollowUpView done(long id, DoneRequest request) {
        FollowUp f = FollowUp.<FollowUp>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Follow-up", id));
        scope.requireClient(f.clientId);
        f.requireVersion(request == null ? null : request.version(), "Follow-up");
        if (f.status != FollowUp.Status.OPEN) {
            throw ApiException.invalidField("id", "the follow-up is " + f.status + ", not OPEN");
        }
        f.status = FollowUp.Status.DONE;
        f.closedAt = Instant.now();
        f.closedBy = scope.actor();
        FollowUp.getEntityManager().flush();
        return FollowUpView.of(f, ServiceQueue.<ServiceQueue>findByIdOptional(f.queueId).map(q -> q.code).orElse(null));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
