package io.paiban.agent.requests;

import io.paiban.agent.requests.RequestDtos.NotificationKind;
import io.paiban.agent.requests.RequestDtos.NotificationView;
import io.paiban.agent.requests.RequestDtos.ShiftChange;
import io.paiban.planning.roster.store.ChangeReason;
import io.paiban.planning.roster.store.RosterChange;
import io.paiban.planning.roster.store.RosterProblem.DutyRef;
import io.paiban.security.AccessScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An agent's notifications: changes to their published shifts (the roster change log rows that change what agents see:
 * publications and approved swaps) and state changes of their leave and swap requests, newest first.
 */
@ApplicationScoped
public class NotificationService {

    /** Re-plans and manual edits change the working roster only; agents see them once published. */
    static final List<ChangeReason> PUBLISHED_REASONS = List.of(ChangeReason.PUBLISH, ChangeReason.SWAP, ChangeReason.INTRADAY);

    @Inject
    AccessScope scope;

    void leave(LeaveRequest request, long agentId, String message) {
        add(agentId, request.id, null, request.state.name(), message);
    }

    void swap(SwapRequest request, long agentId, String message) {
        add(agentId, null, request.id, request.state.name(), message);
    }

    private void add(long agentId, Long leaveId, Long swapId, String state, String message) {
        AgentNotification n = new AgentNotification();
        n.agentId = agentId;
        n.leaveRequestId = leaveId;
        n.swapRequestId = swapId;
        n.state = state;
        n.message = message.length() <= 500 ? message : message.substring(0, 497) + "...";
        n.actor = scope.actor();
        n.createdAt = Instant.now();
        n.persist();
    }

    public List<NotificationView> mine(Instant since, int limit) {
        long agentId = scope.ownAgentId();
        Instant from = since == null ? Instant.EPOCH : since;
        DutyNames names = new DutyNames();
        List<NotificationView> result = new ArrayList<>();
        for (RosterChange c : RosterChange.<RosterChange>find("agentId = ?1 and reason in ?2 and changedAt > ?3",
                Sort.descending("changedAt").and("id", Sort.Direction.Descending), agentId, PUBLISHED_REASONS, from).page(0, limit).list()) {
            DutyRef before = new DutyRef(c.beforeTemplateId, c.beforeQueueId);
            DutyRef after = new DutyRef(c.afterTemplateId, c.afterQueueId);
            String message = c.workDate + ": " + names.text(before) + " -> " + names.text(after)
                    + (c.reason == ChangeReason.SWAP ? " (swap)" : " (roster published)");
            result.add(new NotificationView(NotificationKind.SHIFT_CHANGE, c.changedAt, message, null, null, null,
                    new ShiftChange(c.rosterId, c.workDate, names.view(before), names.view(after), c.reason), c.actor));
        }
        for (AgentNotification n : AgentNotification.<AgentNotification>find("agentId = ?1 and createdAt > ?2",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), agentId, from).page(0, limit).list()) {
            result.add(new NotificationView(n.leaveRequestId != null ? NotificationKind.LEAVE_REQUEST : NotificationKind.SWAP_REQUEST,
                    n.createdAt, n.message, n.leaveRequestId, n.swapRequestId, n.state, null, n.actor));
        }
        result.sort(Comparator.comparing(NotificationView::at).reversed());
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
    }
}
