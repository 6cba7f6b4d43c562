package io.paiban.masterdata.queue;

import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.kernel.ServiceTarget;
import io.paiban.kernel.TargetKind;

import io.paiban.platform.persistence.Filter;
import io.paiban.security.AccessScope;
import jakarta.inject.Inject;
import io.paiban.masterdata.client.Client;
import io.paiban.masterdata.client.ServiceStandard;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.persistence.UniqueKeys;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.masterdata.queue.QueueDtos.OpeningHoursDto;
import io.paiban.masterdata.queue.QueueDtos.QueueRequest;
import io.paiban.masterdata.queue.QueueDtos.QueueView;
import io.paiban.masterdata.site.Site;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QueueService extends VersionedCrudService<ServiceQueue, QueueRequest, QueueView> {

    @Inject
    AccessScope scope;

    public QueueService() {
        super(ServiceQueue.class, "Queue");
    }

    static final LocalTime DEFAULT_OPENS = LocalTime.of(8, 30);
    static final LocalTime DEFAULT_CLOSES = LocalTime.of(1, 0);

    public List<QueueView> list(Long clientId, Long siteId) {
        Filter f = new Filter().eq("client.id", clientId).eq("site.id", siteId);
        return ServiceQueue.<ServiceQueue>list(f.query(), Sort.by("code"), f.params())
                .stream().filter(q -> scope.canSeeClient(q.client.id)).map(QueueView::of).toList();
    }

    /**
     * Refused with 409 while the queue has contact history, forecasts or rosters (docs/api.md: a delete of data
     * still in use is a conflict); the message names what is left and how to remove it. Counted by table name
     * so master data does not depend on the planning packages that own those tables.
     */
    @Override
    @jakarta.transaction.Transactional
    public void delete(long id) {
        ServiceQueue queue = findVisible(id);
        long history = count("SELECT COUNT(*) FROM interval_actual WHERE queue_id = ?1", id);
        long forecasts = count("SELECT COUNT(*) FROM forecast_queue_result WHERE queue_id = ?1", id);
        long rosters = count("SELECT COUNT(DISTINCT roster_id) FROM roster_assignment WHERE queue_id = ?1 OR published_queue_id = ?1", id);
        List<String> uses = new ArrayList<>();
        if (history > 0) {
            uses.add(history + " history interval(s) (DELETE /api/history?queueId=" + id + "&from=&to= removes them)");
        }
        if (forecasts > 0) {
            uses.add(forecasts + " forecast run(s) (DELETE /api/forecast-runs/{id})");
        }
        if (rosters > 0) {
            uses.add(rosters + " roster(s)");
        }
        if (!uses.isEmpty()) {
            throw ApiException.conflict("Queue " + queue.code + " is still in use: " + String.join(", ", uses) + "; delete those first");
        }
        super.delete(id);
    }

    private static long count(String sql, long id) {
        return ((Number) ServiceQueue.getEntityManager().createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    @Override
    protected void authorize(ServiceQueue queue) {
        scope.requireClient(queue.client.id);
    }

    @Override
    protected QueueView view(ServiceQueue entity) {
        return QueueView.of(entity);
    }

    @Override
    protected void apply(ServiceQueue queue, QueueRequest request) {
        UniqueKeys.require(ServiceQueue.class, "code", request.code(), queue.id, "Queue code");
        Client client = Client.<Client>findByIdOptional(request.clientId())
                .orElseThrow(() -> ApiException.invalidField("clientId", "client " + request.clientId() + " does not exist"));
        Site site = Site.<Site>findByIdOptional(request.siteId())
                .orElseThrow(() -> ApiException.invalidField("siteId", "site " + request.siteId() + " does not exist"));
        ServiceTarget target = request.target() != null
                ? request.target().toEntity()
                : contractTarget(client, request.channel(), request.function())
                .orElseThrow(() -> ApiException.invalidField("target",
                        "required: client " + client.code + " has no standard for " + request.channel()));
        int concurrency = request.chatConcurrency() == null ? 1 : request.chatConcurrency();

        List<Problem.InvalidParam> problems = new ArrayList<>(target.problems("target."));
        if (request.channel().isDeferred() == (target.kind == TargetKind.ANSWER_WITHIN)) {
            problems.add(Problem.InvalidParam.field("target.kind", request.channel().isDeferred()
                    ? "email and ticket queues take REPLY_WITHIN or REPLY_BY_CUTOFF"
                    : "phone and chat queues take ANSWER_WITHIN"));
        }
        if (concurrency > 1 && request.channel() != Channel.CHAT) {
            problems.add(Problem.InvalidParam.field("chatConcurrency", "only chat queues handle several contacts at once"));
        }
        List<OpeningHours> hours = request.openingHours() == null
                ? defaultHours()
                : request.openingHours().stream().map(OpeningHoursDto::toEntity).toList();
        problems.addAll(overlaps(hours));
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }

        queue.code = request.code();
        queue.name = request.name();
        queue.client = client;
        queue.site = site;
        queue.channel = request.channel();
        queue.function = request.function();
        queue.target = target;
        queue.defaultHandleSeconds = request.defaultHandleSeconds();
        queue.chatConcurrency = concurrency;
        queue.openingHours.clear();
        queue.openingHours.addAll(hours);
    }

    /** The most specific contract standard: the channel for this function, else for any function. */
    static Optional<ServiceTarget> contractTarget(Client client, Channel channel, QueueFunction function) {
        return client.standards.stream()
                .filter(s -> s.channel == channel && (s.queueFunction == null || s.queueFunction == function))
                .min(Comparator.comparing(s -> s.queueFunction == null ? 1 : 0))
                .map(s -> new ServiceTarget(s.target.kind, s.target.targetShare, s.target.thresholdSeconds,
                        s.target.businessHours, s.target.cutoffTime, s.target.replyByTime));
    }

    static List<OpeningHours> defaultHours() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new OpeningHours(day, DEFAULT_OPENS, DEFAULT_CLOSES));
        }
        return hours;
    }

    /** Periods are compared on a minute-of-week circle so that a Sunday night period can overlap Monday. */
    private static List<Problem.InvalidParam> overlaps(List<OpeningHours> hours) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        int week = 7 * 24 * 60;
        for (int i = 0; i < hours.size(); i++) {
            for (int j = 0; j < i; j++) {
                long startI = startOfWeekMinute(hours.get(i));
                long startJ = startOfWeekMinute(hours.get(j));
                long offset = Math.floorMod(startI - startJ, week);
                long back = Math.floorMod(startJ - startI, week);
                if (offset < hours.get(j).minutes() || back < hours.get(i).minutes()) {
                    problems.add(Problem.InvalidParam.field("openingHours[" + i + "]", "overlaps openingHours[" + j + "]"));
                }
            }
        }
        return problems;
    }

    private static long startOfWeekMinute(OpeningHours h) {
        return (h.dayOfWeek.getValue() - 1) * 24L * 60 + h.opensAt.getHour() * 60L + h.opensAt.getMinute();
    }
}
