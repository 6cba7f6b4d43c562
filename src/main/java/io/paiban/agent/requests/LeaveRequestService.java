package io.paiban.agent.requests;

import io.paiban.platform.persistence.Filter;
import io.paiban.platform.error.ApiException;
import io.paiban.agent.requests.RequestDtos.Decision;
import io.paiban.agent.requests.RequestDtos.LeaveRequestCreate;
import io.paiban.agent.requests.RequestDtos.LeaveRequestView;
import io.paiban.agent.requests.RequestDtos.ReplanView;
import io.paiban.agent.requests.RequestDtos.Transition;
import io.paiban.kernel.AbsenceKind;
import io.paiban.planning.roster.inputs.AgentAbsence;
import io.paiban.planning.roster.replan.ReplanMode;
import io.paiban.planning.roster.replan.ReplanDtos.ReplanRequest;
import io.paiban.planning.roster.replan.ReplanDtos.ReplanStarted;
import io.paiban.planning.roster.replan.ReplanService;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.SiteRoster;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Leave requests: an agent asks (at least one day ahead, per DOMAIN.md), a supervisor of the agent's site approves or
 * refuses. Approval records an approved LEAVE absence and starts a re-plan of every published roster covering the dates.
 */
@ApplicationScoped
public class LeaveRequestService {

    /** DOMAIN.md, attendance and conduct rules (seed 004). */
    static final String NOTICE_RULE = "personal leave is asked for at least one day ahead; same-day requests are refused";

    @Inject
    AccessScope scope;

    @Inject
    RequestClock clock;

    @Inject
    RequestsConfig config;

    @Inject
    NotificationService notifications;

    @Inject
    ReplanService replans;

    @Inject
    RosterStore store;

    /** A request and whether this call created it (false: an idempotent retry found it). */
    public record Saved(LeaveRequestView request, boolean created) {
    }

    // ---- the agent ---------------------------------------------------------------------------------

    @Transactional
    public Saved create(LeaveRequestCreate r) {
        long agentId = scope.ownAgentId();
        // One agent's requests are serialised on the agent's row (issue 15); the reads below are locking reads,
        // so they see what a concurrent request committed before this one got the lock.
        Agent agent = Agent.findById(agentId, LockModeType.PESSIMISTIC_WRITE);
        LocalDate first = r.firstDate();
        LocalDate last = r.lastDate() == null ? first : r.lastDate();
        if (r.requestKey() != null) {
            LeaveRequest earlier = LeaveRequest.<LeaveRequest>find("agentId = ?1 and requestKey = ?2", agentId, r.requestKey())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
            if (earlier != null) {
                if (!earlier.firstDate.equals(first) || !earlier.lastDate.equals(last)) {
                    throw ApiException.conflict("requestKey '" + r.requestKey() + "' was used for leave request " + earlier.id
                            + " (" + earlier.firstDate + " to " + earlier.lastDate + "); use a new key for a new request");
                }
                return new Saved(view(earlier), false);
            }
        }
        ZoneId zone = agent.site.zone();
        LocalDate today = clock.today(zone);
        if (!first.isAfter(today)) {
            throw ApiException.invalidField("firstDate", NOTICE_RULE + " (DOMAIN.md): today is " + today + " in the site's zone "
                    + zone + ", so the earliest first day is " + today.plusDays(1));
        }
        if (last.isBefore(first)) {
            throw ApiException.invalidField("lastDate", "must not be before firstDate");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > config.maxLeaveDays()) {
            throw ApiException.invalidField("lastDate", "a leave request covers at most " + config.maxLeaveDays() + " days, this one "
                    + days);
        }
        List<LeaveRequest> overlapping = LeaveRequest.<LeaveRequest>find("agentId = ?1 and state in ?2 and firstDate <= ?3 and lastDate >= ?4",
                agentId, List.of(LeaveState.PENDING, LeaveState.APPROVED), last, first).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (!overlapping.isEmpty()) {
            LeaveRequest o = overlapping.get(0);
            throw ApiException.conflict("Leave request " + o.id + " (" + o.state + ", " + o.firstDate + " to " + o.lastDate
                    + ") already covers some of these days");
        }
        LeaveRequest request = new LeaveRequest();
        request.agentId = agentId;
        request.siteId = agent.site.id;
        request.firstDate = first;
        request.lastDate = last;
        request.reason = r.reason();
        request.requestKey = r.requestKey();
        request.persistAndFlush();
        return new Saved(view(request), true);
    }

    public List<LeaveRequestView> mine() {
        long agentId = scope.ownAgentId();
        return LeaveRequest.<LeaveRequest>list("agentId", Sort.descending("id"), agentId).stream().map(this::view).toList();
    }

    public LeaveRequestView getMine(long id) {
        return view(own(id));
    }

    @Transactional
    public LeaveRequestView cancel(long id, Transition t) {
        LeaveRequest request = own(id);
        if (t != null && t.version() != null) {
            request.requireVersion(t.version(), "Leave request");
        }
        requireState(request, LeaveState.PENDING, "cancelled");
        request.state = LeaveState.CANCELLED;
        request.persistAndFlush();
        return view(request);
    }

    /** Another agent's request is reported like a missing one. */
    private LeaveRequest own(long id) {
        long agentId = scope.ownAgentId();
        LeaveRequest request = LeaveRequest.findById(id);
        if (request == null || !request.agentId.equals(agentId)) {
            throw ApiException.notFound("Leave request", id);
        }
        return request;
    }

    // ---- supervisors -------------------------------------------------------------------------------

    public List<LeaveRequestView> list(LeaveState state, Long siteId, LocalDate from, LocalDate to) {
        Filter f = new Filter().idIn("siteId", scope.visibleSiteIds()).eq("state", state).eq("siteId", siteId)
                .atLeast("lastDate", from).atMost("firstDate", to);
        return LeaveRequest.<LeaveRequest>list(f.query(), Sort.by("firstDate").and("id"), f.params()).stream()
                .filter(r -> scope.canSeeAgent(r.agentId)).map(this::view).toList();
    }

    public LeaveRequestView get(long id) {
        return view(visible(id));
    }

    /** Out of the caller's sites is reported like a missing request. */
    LeaveRequest visible(long id) {
        LeaveRequest request = LeaveRequest.findById(id);
        if (request == null || !scope.canSeeAgent(request.agentId)) {
            throw ApiException.notFound("Leave request", id);
        }
        return request;
    }

    /**
     * Approves in one transaction (the approved absence, the request's state, the agent's notification), then starts a
     * re-plan on every published roster covering the dates; the re-plans read the committed absence.
     */
    public LeaveRequestView approve(long id, Decision decision) {
        Approved approved = QuarkusTransaction.requiringNew().call(() -> {
            LeaveRequest request = visible(id);
            request.requireVersion(decision.version(), "Leave request");
            requireState(request, LeaveState.PENDING, "approved");
            AgentAbsence absence = new AgentAbsence();
            absence.agentId = request.agentId;
            absence.kind = AbsenceKind.LEAVE;
            absence.firstDate = request.firstDate;
            absence.lastDate = request.lastDate;
            absence.approved = true;
            String note = "leave request #" + request.id + (request.reason == null ? "" : ": " + request.reason);
            absence.note = note.length() <= 500 ? note : note.substring(0, 497) + "...";
            absence.persist();
            request.absenceId = absence.id;
            request.state = LeaveState.APPROVED;
            request.decidedBy = scope.actor();
            request.decidedAt = Instant.now();
            request.decisionNote = decision.note();
            request.persistAndFlush();
            notifications.leave(request, request.agentId, "Leave " + request.firstDate + " to " + request.lastDate + " approved"
                    + (decision.note() == null ? "" : ": " + decision.note()));
            return new Approved(request.agentId, request.firstDate, request.lastDate,
                    publishedRosters(request.siteId, request.firstDate, request.lastDate).stream().map(r -> r.id).toList());
        });
        List<ReplanOutcome> outcomes = new ArrayList<>();
        for (long rosterId : approved.rosterIds()) {
            outcomes.add(replan(rosterId, id, approved));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            LeaveRequest request = LeaveRequest.findById(id);
            request.replans.clear();
            request.replans.addAll(outcomes);
            request.persistAndFlush();
            return view(request);
        });
    }

    private record Approved(long agentId, LocalDate firstDate, LocalDate lastDate, List<Long> rosterIds) {
    }

    /** FILL_GAPS re-plan of one roster: frees the agent's shifts on the leave days and the days off on those dates. */
    private ReplanOutcome replan(long rosterId, long requestId, Approved leave) {
        boolean working = store.load(rosterId, leave.agentId(), leave.firstDate(), leave.lastDate()).stream()
                .anyMatch(row -> row.templateId() != null);
        if (!working) {
            return new ReplanOutcome(rosterId, null, "no shift of the agent on these days; nothing to re-plan");
        }
        try {
            ReplanStarted started = replans.replan(rosterId, new ReplanRequest(ReplanMode.FILL_GAPS, null, "leave request #" + requestId,
                    null, config.replanTimeLimitSeconds(), config.replanUnimprovedSeconds(), null));
            return new ReplanOutcome(rosterId, started.job().id(), "re-plan started, " + started.unpinnedDays() + " agent-days unpinned");
        } catch (ApiException e) {
            // a live job or a full job queue: the leave stands, a supervisor re-plans the roster later
            return new ReplanOutcome(rosterId, null, "no re-plan started: " + e.getMessage());
        }
    }

    @Transactional
    public LeaveRequestView refuse(long id, Decision decision) {
        LeaveRequest request = visible(id);
        request.requireVersion(decision.version(), "Leave request");
        if (decision.note() == null || decision.note().isBlank()) {
            throw ApiException.invalidField("note", "give the reason for the refusal");
        }
        requireState(request, LeaveState.PENDING, "refused");
        request.state = LeaveState.REFUSED;
        request.decidedBy = scope.actor();
        request.decidedAt = Instant.now();
        request.decisionNote = decision.note();
        request.persistAndFlush();
        notifications.leave(request, request.agentId, "Leave " + request.firstDate + " to " + request.lastDate + " refused: "
                + decision.note());
        return view(request);
    }

    // ---- shared ------------------------------------------------------------------------------------

    /** Published rosters of the site sharing at least one day with the dates, oldest first. */
    static List<SiteRoster> publishedRosters(long siteId, LocalDate first, LocalDate last) {
        return SiteRoster.<SiteRoster>list("siteId = ?1 and publicationNo > 0 and firstDate <= ?2", Sort.by("firstDate").and("id"),
                siteId, last).stream().filter(r -> !r.lastDate().isBefore(first)).toList();
    }

    private static void requireState(LeaveRequest request, LeaveState expected, String action) {
        if (request.state != expected) {
            throw ApiException.conflict("Leave request " + request.id + " is " + request.state + "; only a " + expected
                    + " request can be " + action);
        }
    }

    LeaveRequestView view(LeaveRequest r) {
        Agent agent = Agent.findById(r.agentId);
        return new LeaveRequestView(r.id, r.agentId, agent.employeeNo, agent.fullName, r.siteId, r.firstDate, r.lastDate,
                (int) ChronoUnit.DAYS.between(r.firstDate, r.lastDate) + 1, r.reason, r.requestKey, r.state, r.decidedBy, r.decidedAt,
                r.decisionNote, r.absenceId,
                r.replans.stream().map(o -> new ReplanView(o.rosterId, o.solveJobId, o.note)).toList(),
                r.version, r.createdAt, r.updatedAt);
    }

}
