package io.paiban.floor.intraday;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.floor.intraday.IntradayDtos.AcceptResult;
import io.paiban.floor.intraday.IntradayDtos.ActionView;
import io.paiban.floor.intraday.IntradayDtos.OfferView;
import io.paiban.floor.intraday.IntradayDtos.RunView;
import io.paiban.floor.intraday.IntradayDtos.Snapshot;
import io.paiban.floor.intraday.engine.ActionKind;
import io.paiban.floor.intraday.engine.IntradayPlanner;
import io.paiban.floor.intraday.engine.PlanResult;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.planning.roster.publication.PublishedDuties;
import io.paiban.planning.roster.publication.PublishedDuty;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Intraday runs, their actions, accepting them into the published roster, and the agents' answers to offers. */
@ApplicationScoped
public class IntradayService {

    @Inject
    AccessScope scope;

    @Inject
    FloorReader reader;

    @Inject
    PublishedDuties duties;

    @Inject
    IntradayTemplates templates;

    @Inject
    PublishedDutyWriter writer;

    @Inject
    IntradayConfig config;

    @Inject
    ObjectMapper json;

    // ---- runs ----------------------------------------------------------------------------------------

    @Transactional
    public RunView run(long siteId, Instant at, RunTrigger trigger) {
        requireSite(siteId);
        Floor floor = reader.read(siteId, at == null ? Instant.now() : at);
        PlanResult plan = IntradayPlanner.plan(floor.input());
        IntradayRun run = new IntradayRun();
        run.siteId = siteId;
        run.workDate = floor.date();
        run.asOf = floor.asOf();
        run.trigger = trigger;
        run.actor = scope.actor();
        run.forecastRunId = floor.forecastRunId();
        run.expectedSlBefore = plan.expectedServiceLevelBefore();
        run.expectedSlAfter = plan.expectedServiceLevelAfter();
        run.snapshotJson = write(new Snapshot(plan.queues(), plan.intervals(), floor.staffLines()));
        run.createdAt = Instant.now();
        run.persist();
        for (PlanResult.Action a : plan.actions()) {
            IntradayAction action = new IntradayAction();
            action.runId = run.id;
            action.siteId = siteId;
            action.workDate = floor.date();
            action.rank = a.rank();
            action.kind = a.kind();
            action.agentId = a.agentId();
            action.fromQueueId = a.fromQueueId();
            action.toQueueId = a.toQueueId();
            action.startsAt = a.startsAt();
            action.endsAt = a.endsAt();
            action.minutes = a.minutes();
            action.cost = a.cost();
            action.contactsGained = a.contactsGained();
            action.costPerContact = a.costPerContact();
            action.slBefore = a.serviceLevelBefore();
            action.slAfter = a.serviceLevelAfter();
            action.reason = a.reason();
            PublishedDuty duty = floor.rostered().get(a.agentId());
            action.beforeTemplateId = duty == null ? null : duty.templateId();
            action.beforeQueueId = duty == null ? null : duty.queueId();
            action.persist();
        }
        IntradayRun.flush();
        prune(siteId);
        return view(run, true);
    }

    /** Keeps the newest keep-runs runs of a site, and every older run with a decided action (its offers live on). */
    private void prune(long siteId) {
        List<IntradayRun> runs = IntradayRun.find("siteId", Sort.descending("id"), siteId).page(config.keepRuns(), 1).list();
        if (!runs.isEmpty()) {
            long oldestKept = runs.get(0).id + 1;
            IntradayRun.delete("siteId = ?1 and id < ?2 and id not in (select a.runId from IntradayAction a where a.siteId = ?1"
                    + " and a.state <> ?3)", siteId, oldestKept, ActionState.PROPOSED);
        }
    }

    public List<RunView> list(long siteId, int limit) {
        requireSite(siteId);
        return IntradayRun.<IntradayRun>find("siteId", Sort.descending("id"), siteId).page(0, Math.max(1, Math.min(limit, 200))).list()
                .stream().map(r -> view(r, false)).toList();
    }

    public RunView get(long runId, boolean intervals) {
        IntradayRun run = IntradayRun.findById(runId);
        if (run == null || !scope.canSeeSite(run.siteId)) {
            throw ApiException.notFound("Intraday run", runId);
        }
        return view(run, intervals);
    }

    private void requireSite(long siteId) {
        if (Site.findById(siteId) == null || !scope.canSeeSite(siteId)) {
            throw ApiException.notFound("Site", siteId);
        }
    }

    RunView view(IntradayRun run, boolean intervals) {
        Snapshot snapshot = read(run.snapshotJson);
        List<ActionView> actions = IntradayAction.<IntradayAction>list("runId", Sort.by("rank"), run.id).stream().map(this::view).toList();
        int present = (int) snapshot.staff().stream().filter(Floor.StaffLine::present).count();
        return new RunView(run.id, run.siteId, run.workDate, run.asOf, run.trigger, run.actor, run.forecastRunId, run.expectedSlBefore,
                run.expectedSlAfter, snapshot.staff().size(), present, snapshot.queues(), intervals ? snapshot.intervals() : null,
                intervals ? snapshot.staff() : null, actions, run.createdAt);
    }

    ActionView view(IntradayAction a) {
        Agent agent = Agent.findById(a.agentId);
        ShiftTemplate t = a.afterTemplateId == null ? null : ShiftTemplate.findById(a.afterTemplateId);
        return new ActionView(a.id, a.runId, a.siteId, a.workDate, a.rank, a.kind, a.agentId, agent == null ? null : agent.employeeNo,
                a.fromQueueId, a.toQueueId, a.startsAt, a.endsAt, a.minutes, a.cost, a.contactsGained, a.costPerContact, a.slBefore,
                a.slAfter, a.reason, a.state, a.decidedBy, a.decidedAt, a.rosterId, t == null ? null : t.code, a.offerState,
                a.offerAnsweredAt, a.version);
    }

    // ---- supervisor decisions --------------------------------------------------------------------------

    /**
     * Accepts a proposed action. A move, an overtime extension and a call-in are written into the published
     * roster at once (the agent may still decline an overtime or call-in offer, which restores the duty); VTO is
     * offered to the agent and changes the roster when the agent accepts. Refused with 409 when the agent's
     * published duty changed since the run. Then the site is run again as of the same instant.
     */
    @Transactional
    public AcceptResult accept(long actionId) {
        IntradayAction a = requireAction(actionId);
        if (a.state != ActionState.PROPOSED) {
            throw ApiException.conflict("Intraday action " + actionId + " is already " + a.state);
        }
        PublishedDuty current = publishedDuty(a);
        Long currentTemplate = current == null ? null : current.templateId();
        Long currentQueue = current == null ? null : current.queueId();
        if (!Objects.equals(currentTemplate, a.beforeTemplateId) || !Objects.equals(currentQueue, a.beforeQueueId)) {
            throw ApiException.conflict("The published duty of agent " + a.agentId + " on " + a.workDate
                    + " changed since the run; run intraday again");
        }
        Long rosterId = current != null ? current.rosterId() : coveringRoster(a.siteId, a.workDate);
        ZoneId zone = Site.<Site>findById(a.siteId).zone();
        ShiftTemplate after;
        Long afterQueue;
        switch (a.kind) {
            case MOVE_QUEUE -> {
                after = ShiftTemplate.findById(a.beforeTemplateId);
                afterQueue = a.toQueueId;
            }
            case OVERTIME -> {
                after = templates.extended(ShiftTemplate.findById(a.beforeTemplateId), a.minutes);
                afterQueue = a.beforeQueueId;
            }
            case CALL_IN_FLEX -> {
                after = templates.callIn(LocalTime.ofInstant(a.startsAt, zone), LocalTime.ofInstant(a.endsAt, zone));
                afterQueue = a.toQueueId;
            }
            case VTO -> {
                after = templates.endingAt(ShiftTemplate.findById(a.beforeTemplateId), LocalTime.ofInstant(a.startsAt, zone));
                afterQueue = a.beforeQueueId;
            }
            default -> throw new IllegalStateException("unknown action kind " + a.kind);
        }
        Instant now = Instant.now();
        a.state = ActionState.ACCEPTED;
        a.decidedBy = scope.actor();
        a.decidedAt = now;
        a.rosterId = rosterId;
        a.afterTemplateId = after.id;
        a.afterQueueId = afterQueue;
        a.offerState = a.kind == ActionKind.MOVE_QUEUE ? null : OfferState.OPEN;
        if (a.kind != ActionKind.VTO) {
            writer.write(rosterId, a.agentId, a.workDate, a.beforeTemplateId, a.beforeQueueId, after.id, afterQueue,
                    describe(a, after) + " (intraday action " + a.id + ")", scope.actor(), now);
        }
        a.persistAndFlush();
        IntradayRun run = IntradayRun.findById(a.runId);
        RunView rerun = run(a.siteId, run.asOf, RunTrigger.ACCEPTED);
        return new AcceptResult(view(a), rerun);
    }

    @Transactional
    public ActionView reject(long actionId) {
        IntradayAction a = requireAction(actionId);
        if (a.state != ActionState.PROPOSED) {
            throw ApiException.conflict("Intraday action " + actionId + " is already " + a.state);
        }
        a.state = ActionState.REJECTED;
        a.decidedBy = scope.actor();
        a.decidedAt = Instant.now();
        a.persistAndFlush();
        return view(a);
    }

    public ActionView action(long actionId) {
        return view(requireAction(actionId));
    }

    private IntradayAction requireAction(long id) {
        IntradayAction a = IntradayAction.findById(id);
        if (a == null || !scope.canSeeSite(a.siteId)) {
            throw ApiException.notFound("Intraday action", id);
        }
        return a;
    }

    /** The agent's published day of the action's date at the action's site, or null. */
    private PublishedDuty publishedDuty(IntradayAction a) {
        return duties.ofAgentOn(a.agentId, a.workDate).filter(d -> d.siteId() == a.siteId).orElse(null);
    }

    private Long coveringRoster(long siteId, LocalDate date) {
        return io.paiban.planning.roster.store.SiteRoster.<io.paiban.planning.roster.store.SiteRoster>list("siteId = ?1 and publicationNo > 0 and firstDate <= ?2",
                        Sort.descending("publishedAt"), siteId, date).stream().filter(r -> r.covers(date)).map(r -> r.id).findFirst()
                .orElseThrow(() -> ApiException.unprocessable("No published roster of site " + siteId + " covers " + date));
    }

    // ---- the agent's side ---------------------------------------------------------------------------------

    public List<OfferView> myOffers() {
        long agentId = scope.ownAgentId();
        return IntradayAction.<IntradayAction>list("agentId = ?1 and offerState is not null", Sort.descending("id"), agentId).stream()
                .map(this::offer).toList();
    }

    /** The agent accepts: VTO now shortens the published shift; overtime and call-in were published already. */
    @Transactional
    public OfferView answer(long actionId, boolean accept) {
        long agentId = scope.ownAgentId();
        IntradayAction a = IntradayAction.findById(actionId);
        if (a == null || a.agentId != agentId || a.offerState == null) {
            throw ApiException.notFound("Intraday offer", actionId);
        }
        if (a.offerState != OfferState.OPEN) {
            throw ApiException.conflict("Offer " + actionId + " was already " + a.offerState);
        }
        Instant now = Instant.now();
        ShiftTemplate after = ShiftTemplate.findById(a.afterTemplateId);
        if (accept && a.kind == ActionKind.VTO) {
            requireUnchanged(a, a.beforeTemplateId, a.beforeQueueId);
            writer.write(a.rosterId, a.agentId, a.workDate, a.beforeTemplateId, a.beforeQueueId, a.afterTemplateId, a.afterQueueId,
                    describe(a, after) + ", accepted by the agent (intraday action " + a.id + ")", scope.actor(), now);
        } else if (!accept && a.kind != ActionKind.VTO) {
            requireUnchanged(a, a.afterTemplateId, a.afterQueueId);
            writer.write(a.rosterId, a.agentId, a.workDate, a.afterTemplateId, a.afterQueueId, a.beforeTemplateId, a.beforeQueueId,
                    "declined by the agent: " + describe(a, after) + " (intraday action " + a.id + ")", scope.actor(), now);
        }
        a.offerState = accept ? OfferState.ACCEPTED : OfferState.DECLINED;
        a.offerAnsweredAt = now;
        a.persistAndFlush();
        return offer(a);
    }

    private void requireUnchanged(IntradayAction a, Long template, Long queue) {
        PublishedDuty current = publishedDuty(a);
        if (current == null || !Objects.equals(current.templateId(), template) || !Objects.equals(current.queueId(), queue)) {
            throw ApiException.conflict("Your published shift on " + a.workDate + " changed since the offer; ask your supervisor");
        }
    }

    private OfferView offer(IntradayAction a) {
        ShiftTemplate after = a.afterTemplateId == null ? null : ShiftTemplate.findById(a.afterTemplateId);
        return new OfferView(a.id, a.kind, a.workDate, a.toQueueId != null ? a.toQueueId : a.fromQueueId, a.startsAt, a.endsAt, a.minutes,
                a.offerState, a.offerAnsweredAt, describe(a, after));
    }

    private static String describe(IntradayAction a, ShiftTemplate after) {
        String shift = after == null ? "" : " (shift " + after.code + ")";
        return switch (a.kind) {
            case OVERTIME -> "overtime: " + a.minutes + " min after the shift" + shift;
            case CALL_IN_FLEX -> "flex call-in" + shift;
            case MOVE_QUEUE -> "moved to queue " + a.toQueueId + " for the rest of the shift";
            case VTO -> "voluntary time off: " + a.minutes + " min before the end of the shift" + shift;
        };
    }

    // ---- JSON ---------------------------------------------------------------------------------------------

    private String write(Snapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the intraday snapshot", e);
        }
    }

    private Snapshot read(String text) {
        try {
            // lenient: derived getters such as targetMetAfter are written but are not fields
            return json.readerFor(Snapshot.class).without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read the intraday snapshot", e);
        }
    }
}
