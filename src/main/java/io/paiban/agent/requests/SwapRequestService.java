package io.paiban.agent.requests;

import io.paiban.platform.persistence.Filter;
import io.paiban.platform.error.ApiException;
import io.paiban.agent.requests.RequestDtos.Decision;
import io.paiban.agent.requests.RequestDtos.Party;
import io.paiban.agent.requests.RequestDtos.SwapDayView;
import io.paiban.agent.requests.RequestDtos.SwapProposal;
import io.paiban.agent.requests.RequestDtos.SwapRequestView;
import io.paiban.agent.requests.RequestDtos.Transition;
import io.paiban.planning.roster.store.ChangeReason;
import io.paiban.planning.roster.store.RosterProblem.DutyRef;
import io.paiban.planning.roster.publication.PublicationService;
import io.paiban.planning.roster.store.RosterRules;
import io.paiban.planning.roster.store.RosterRules.BrokenRule;
import io.paiban.planning.roster.store.RosterRules.DutyChange;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.SiteRoster;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.kernel.AgentStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shift swaps: agent A proposes to exchange published duties with agent B of the same site on one or two future dates of
 * a published roster; B accepts (then the exchange is checked against the hard rules for both) or declines; a
 * supervisor approves (checked again, then written to the published roster) or refuses.
 */
@ApplicationScoped
public class SwapRequestService {

    private static final List<SwapState> OPEN = List.of(SwapState.PROPOSED, SwapState.PENDING_APPROVAL);

    @Inject
    AccessScope scope;

    @Inject
    RequestClock clock;

    @Inject
    NotificationService notifications;

    @Inject
    RosterRules rules;

    @Inject
    PublicationService publication;

    @Inject
    RosterStore store;

    /** A request and whether this call created it (false: an idempotent retry found it). */
    public record Saved(SwapRequestView request, boolean created) {
    }

    /** A transition's result; broken rules mean the swap ended REJECTED_BY_RULES and the caller answers 422. */
    private record Outcome(SwapRequestView view, List<BrokenRule> broken) {
    }

    // ---- the agents --------------------------------------------------------------------------------

    @Transactional
    public Saved propose(SwapProposal p) {
        long me = scope.ownAgentId();
        TreeSet<LocalDate> dates = new TreeSet<>(p.dates());
        if (p.requestKey() != null) {
            SwapRequest earlier = SwapRequest.find("proposerAgentId = ?1 and requestKey = ?2", me, p.requestKey()).firstResult();
            if (earlier != null) {
                if (!earlier.counterpartAgentId.equals(p.counterpartAgentId())
                        || !new TreeSet<>(earlier.days.stream().map(d -> d.date).toList()).equals(dates)) {
                    throw ApiException.conflict("requestKey '" + p.requestKey() + "' was used for swap request " + earlier.id
                            + "; use a new key for a new request");
                }
                return new Saved(view(earlier), false);
            }
        }
        Agent proposer = Agent.findById(me);
        if (p.counterpartAgentId() == me) {
            throw ApiException.invalidField("counterpartAgentId", "a swap needs another agent");
        }
        Agent counterpart = Agent.findById(p.counterpartAgentId());
        if (counterpart == null || !counterpart.site.id.equals(proposer.site.id) || counterpart.status == AgentStatus.LEFT) {
            throw ApiException.invalidField("counterpartAgentId", "agent " + p.counterpartAgentId() + " is not an agent of your site");
        }
        if (dates.size() != p.dates().size()) {
            throw ApiException.invalidField("dates", "give one date, or two different dates");
        }
        ZoneId zone = proposer.site.zone();
        LocalDate today = clock.today(zone);
        if (!dates.first().isAfter(today)) {
            throw ApiException.invalidField("dates", "swaps are for days after today (" + today + " in the site's zone " + zone + ")");
        }
        SiteRoster roster = SiteRoster.<SiteRoster>list("siteId = ?1 and publicationNo > 0", Sort.descending("publishedAt").and("id",
                        Sort.Direction.Descending), proposer.site.id).stream()
                .filter(r -> dates.stream().allMatch(r::covers)).findFirst()
                .orElseThrow(() -> ApiException.invalidField("dates", "no published roster of your site covers " + dates));
        Map<LocalDate, DutyRef> mine = published(roster.id, me, dates);
        Map<LocalDate, DutyRef> theirs = published(roster.id, counterpart.id, dates);
        if (dates.stream().allMatch(d -> mine.get(d).equals(theirs.get(d)))) {
            throw ApiException.invalidField("dates", "you and agent " + counterpart.employeeNo + " have the same duty on "
                    + (dates.size() == 1 ? "this date" : "these dates") + "; there is nothing to exchange");
        }
        List<SwapRequest> clashing = SwapRequest.list("state in ?1 and rosterId = ?2 and (proposerAgentId in ?3 or counterpartAgentId in ?3)",
                OPEN, roster.id, List.of(me, counterpart.id));
        for (SwapRequest other : clashing) {
            if (other.days.stream().anyMatch(d -> dates.contains(d.date))) {
                throw ApiException.conflict("Swap request " + other.id + " (" + other.state + ") already involves "
                        + "one of you on one of these dates; cancel or settle it first");
            }
        }
        SwapRequest swap = new SwapRequest();
        swap.siteId = proposer.site.id;
        swap.rosterId = roster.id;
        swap.proposerAgentId = me;
        swap.counterpartAgentId = counterpart.id;
        swap.message = p.message();
        swap.requestKey = p.requestKey();
        for (LocalDate d : dates) {
            swap.days.add(new SwapDay(d, mine.get(d), theirs.get(d)));
        }
        swap.persistAndFlush();
        DutyNames names = new DutyNames();
        notifications.swap(swap, counterpart.id, proposer.employeeNo + " " + proposer.fullName + " proposes a swap: " + describe(swap, names));
        return new Saved(view(swap, names), true);
    }

    public List<SwapRequestView> mine() {
        long me = scope.ownAgentId();
        DutyNames names = new DutyNames();
        return SwapRequest.<SwapRequest>list("proposerAgentId = ?1 or counterpartAgentId = ?1", Sort.descending("id"), me).stream()
                .map(s -> view(s, names)).toList();
    }

    public SwapRequestView getMine(long id) {
        return view(party(id));
    }

    /** The counterpart accepts: checked against the hard rules for both agents; 422 naming the rules if any breaks. */
    public SwapRequestView accept(long id, Transition t) {
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
            SwapRequest swap = party(id);
            requireCounterpart(swap, "accept");
            requireVersion(swap, t);
            requireState(swap, SwapState.PROPOSED, "accepted");
            requireStillAhead(swap);
            requireUnchanged(swap);
            List<BrokenRule> broken = rules.check(swap.rosterId, exchange(swap));
            swap.respondedAt = Instant.now();
            DutyNames names = new DutyNames();
            if (broken.isEmpty()) {
                swap.state = SwapState.PENDING_APPROVAL;
                swap.persistAndFlush();
                notifications.swap(swap, swap.proposerAgentId, agentName(swap.counterpartAgentId) + " accepted your swap ("
                        + describe(swap, names) + "); it waits for a supervisor's approval");
            } else {
                reject(swap, broken, names);
            }
            return new Outcome(view(swap, names), broken);
        });
        if (!outcome.broken().isEmpty()) {
            throw RosterRules.brokenRules("The swap breaks hard rules", outcome.broken());
        }
        return outcome.view();
    }

    @Transactional
    public SwapRequestView decline(long id, Transition t) {
        SwapRequest swap = party(id);
        requireCounterpart(swap, "decline");
        requireVersion(swap, t);
        requireState(swap, SwapState.PROPOSED, "declined");
        swap.state = SwapState.DECLINED;
        swap.respondedAt = Instant.now();
        swap.persistAndFlush();
        DutyNames names = new DutyNames();
        notifications.swap(swap, swap.proposerAgentId, agentName(swap.counterpartAgentId) + " declined your swap (" + describe(swap, names) + ")");
        return view(swap, names);
    }

    @Transactional
    public SwapRequestView cancel(long id, Transition t) {
        SwapRequest swap = party(id);
        if (!swap.proposerAgentId.equals(scope.ownAgentId())) {
            throw ApiException.forbidden("only the agent who proposed swap request " + id + " can cancel it");
        }
        requireVersion(swap, t);
        if (!swap.state.isOpen()) {
            throw ApiException.conflict("Swap request " + id + " is " + swap.state + "; only a PROPOSED or PENDING_APPROVAL swap can be cancelled");
        }
        swap.state = SwapState.CANCELLED;
        swap.persistAndFlush();
        DutyNames names = new DutyNames();
        notifications.swap(swap, swap.counterpartAgentId, agentName(swap.proposerAgentId) + " cancelled the swap (" + describe(swap, names) + ")");
        return view(swap, names);
    }

    /** A swap the caller is not a party to is reported like a missing one. */
    private SwapRequest party(long id) {
        long me = scope.ownAgentId();
        SwapRequest swap = SwapRequest.findById(id);
        if (swap == null || !swap.involves(me)) {
            throw ApiException.notFound("Swap request", id);
        }
        return swap;
    }

    private void requireCounterpart(SwapRequest swap, String action) {
        if (!swap.counterpartAgentId.equals(scope.ownAgentId())) {
            throw ApiException.forbidden("only agent " + swap.counterpartAgentId + ", the counterpart of swap request " + swap.id
                    + ", can " + action + " it");
        }
    }

    // ---- supervisors -------------------------------------------------------------------------------

    public List<SwapRequestView> list(SwapState state, Long siteId, LocalDate from, LocalDate to) {
        Filter f = new Filter().idIn("siteId", scope.visibleSiteIds()).eq("state", state).eq("siteId", siteId);
        DutyNames names = new DutyNames();
        return SwapRequest.<SwapRequest>list(f.query(), Sort.by("id"), f.params()).stream()
                .filter(s -> s.days.stream().anyMatch(d -> (from == null || !d.date.isBefore(from)) && (to == null || !d.date.isAfter(to))))
                .map(s -> view(s, names)).toList();
    }

    public SwapRequestView get(long id) {
        return view(visible(id));
    }

    private SwapRequest visible(long id) {
        SwapRequest swap = SwapRequest.findById(id);
        if (swap == null || !scope.canSeeSite(swap.siteId)) {
            throw ApiException.notFound("Swap request", id);
        }
        return swap;
    }

    /**
     * Checked again against the roster as it is now; if a hard rule breaks the swap ends REJECTED_BY_RULES (422). Otherwise
     * both agents' working and published duties are exchanged, pinned, logged as SWAP changes.
     */
    public SwapRequestView approve(long id, Decision decision) {
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
            SwapRequest swap = visible(id);
            swap.requireVersion(decision.version(), "Swap request");
            requireState(swap, SwapState.PENDING_APPROVAL, "approved");
            requireStillAhead(swap);
            requireUnchanged(swap);
            DutyNames names = new DutyNames();
            List<BrokenRule> broken = rules.check(swap.rosterId, exchange(swap));
            if (!broken.isEmpty()) {
                swap.decidedBy = scope.actor();
                swap.decidedAt = Instant.now();
                reject(swap, broken, names);
                return new Outcome(view(swap, names), broken);
            }
            publication.applyPublished(swap.rosterId, exchange(swap), ChangeReason.SWAP, scope.actor(), "swap request #" + swap.id);
            swap.state = SwapState.APPROVED;
            swap.decidedBy = scope.actor();
            swap.decidedAt = Instant.now();
            swap.decisionNote = decision.note();
            swap.persistAndFlush();
            String message = "Swap approved (" + describe(swap, names) + ")" + (decision.note() == null ? "" : ": " + decision.note());
            notifications.swap(swap, swap.proposerAgentId, message);
            notifications.swap(swap, swap.counterpartAgentId, message);
            return new Outcome(view(swap, names), List.of());
        });
        if (!outcome.broken().isEmpty()) {
            throw RosterRules.brokenRules("The swap breaks hard rules on the roster as it is now", outcome.broken());
        }
        return outcome.view();
    }

    @Transactional
    public SwapRequestView refuse(long id, Decision decision) {
        SwapRequest swap = visible(id);
        swap.requireVersion(decision.version(), "Swap request");
        if (decision.note() == null || decision.note().isBlank()) {
            throw ApiException.invalidField("note", "give the reason for the refusal");
        }
        requireState(swap, SwapState.PENDING_APPROVAL, "refused");
        swap.state = SwapState.REFUSED;
        swap.decidedBy = scope.actor();
        swap.decidedAt = Instant.now();
        swap.decisionNote = decision.note();
        swap.persistAndFlush();
        DutyNames names = new DutyNames();
        String message = "Swap refused (" + describe(swap, names) + "): " + decision.note();
        notifications.swap(swap, swap.proposerAgentId, message);
        notifications.swap(swap, swap.counterpartAgentId, message);
        return view(swap, names);
    }

    // ---- shared ------------------------------------------------------------------------------------

    private void reject(SwapRequest swap, List<BrokenRule> broken, DutyNames names) {
        swap.state = SwapState.REJECTED_BY_RULES;
        List<String> rules = broken.stream().map(b -> b.rule() + " (" + agentName(b.agentId()) + ")").distinct().toList();
        String text = String.join("\n", rules);
        swap.brokenRules = text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
        swap.persistAndFlush();
        String message = "Swap rejected (" + describe(swap, names) + "), it breaks: " + String.join("; ", rules);
        notifications.swap(swap, swap.proposerAgentId, message);
        notifications.swap(swap, swap.counterpartAgentId, message);
    }

    /** On each date the proposer takes the counterpart's duty and the counterpart the proposer's. */
    private static List<DutyChange> exchange(SwapRequest swap) {
        List<DutyChange> changes = new ArrayList<>();
        for (SwapDay d : swap.days) {
            DutyRef p = d.proposerDuty();
            DutyRef c = d.counterpartDuty();
            changes.add(new DutyChange(swap.proposerAgentId, d.date, c.templateId(), c.queueId()));
            changes.add(new DutyChange(swap.counterpartAgentId, d.date, p.templateId(), p.queueId()));
        }
        return changes;
    }

    /**
     * The agents' published duties on the dates, each required to be published and not changed since (working equals
     * published): a swap exchanges what the agents were shown.
     */
    private Map<LocalDate, DutyRef> published(long rosterId, long agentId, Set<LocalDate> dates) {
        Map<LocalDate, DutyRef> result = new HashMap<>();
        for (LocalDate date : dates) {
            RosterStore.Row row = store.load(rosterId, agentId, date, date).stream().findFirst()
                    .orElseThrow(() -> ApiException.unprocessable("Agent " + agentId + " is not on roster " + rosterId + " on " + date));
            if (!row.hasPublished()) {
                throw ApiException.unprocessable("Agent " + agentId + " has no published duty on " + date);
            }
            if (row.changedSincePublication()) {
                throw ApiException.conflict("The duty of agent " + agentId + " on " + date + " was changed since the roster was published "
                        + "(a re-plan or edit waits for publication); swap it after the next publication");
            }
            result.put(date, new DutyRef(row.publishedTemplateId(), row.publishedQueueId()));
        }
        return result;
    }

    /** The published duties must still be those the agents agreed to exchange. */
    private void requireUnchanged(SwapRequest swap) {
        Set<LocalDate> dates = new TreeSet<>(swap.days.stream().map(d -> d.date).toList());
        Map<LocalDate, DutyRef> mine = published(swap.rosterId, swap.proposerAgentId, dates);
        Map<LocalDate, DutyRef> theirs = published(swap.rosterId, swap.counterpartAgentId, dates);
        for (SwapDay d : swap.days) {
            if (!mine.get(d.date).equals(d.proposerDuty()) || !theirs.get(d.date).equals(d.counterpartDuty())) {
                throw ApiException.conflict("The published duties on " + d.date + " changed since swap request " + swap.id
                        + " was proposed; refuse it or cancel it and propose again");
            }
        }
    }

    private void requireStillAhead(SwapRequest swap) {
        ZoneId zone = Site.<Site>findById(swap.siteId).zone();
        LocalDate today = clock.today(zone);
        if (swap.days.stream().anyMatch(d -> !d.date.isAfter(today))) {
            throw ApiException.conflict("Swap request " + swap.id + " includes a date that is no longer after today (" + today + ")");
        }
    }

    private static void requireVersion(SwapRequest swap, Transition t) {
        if (t != null && t.version() != null) {
            swap.requireVersion(t.version(), "Swap request");
        }
    }

    private static void requireState(SwapRequest swap, SwapState expected, String action) {
        if (swap.state != expected) {
            throw ApiException.conflict("Swap request " + swap.id + " is " + swap.state + "; only a " + expected + " swap can be " + action);
        }
    }

    private static String agentName(long agentId) {
        Agent a = Agent.findById(agentId);
        return a.employeeNo + " " + a.fullName;
    }

    private static String describe(SwapRequest swap, DutyNames names) {
        List<String> parts = new ArrayList<>();
        for (SwapDay d : swap.days) {
            parts.add(d.date + " " + names.text(d.proposerDuty()) + " <-> " + names.text(d.counterpartDuty()));
        }
        return String.join(", ", parts);
    }

    SwapRequestView view(SwapRequest s) {
        return view(s, new DutyNames());
    }

    private SwapRequestView view(SwapRequest s, DutyNames names) {
        return new SwapRequestView(s.id, s.siteId, s.rosterId, party(Agent.findById(s.proposerAgentId)), party(Agent.findById(s.counterpartAgentId)),
                s.days.stream().map(d -> new SwapDayView(d.date, names.view(d.proposerDuty()), names.view(d.counterpartDuty()))).toList(),
                s.state, s.message, s.requestKey, s.respondedAt, s.decidedBy, s.decidedAt, s.decisionNote,
                s.brokenRules == null ? List.of() : Arrays.asList(s.brokenRules.split("\n")), s.version, s.createdAt, s.updatedAt);
    }

    private static Party party(Agent a) {
        return new Party(a.id, a.employeeNo, a.fullName);
    }
}
