package io.paiban.planning.roster.store;

import io.paiban.kernel.PlacedShift;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.store.RosterViews.AssignmentView;
import io.paiban.planning.roster.store.RosterViews.BreakView;
import io.paiban.planning.roster.store.RosterViews.DutyView;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.workforce.Agent;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Views of stored agent-days: names looked up once per view, shift times and breaks in the site zone. */
public final class AssignmentViews {

    private AssignmentViews() {
    }

    /** Caches of names for views. */
    public static final class Lookup {
        final Map<Long, Agent> agents = new HashMap<>();
        final Map<Long, ServiceQueue> queues = new HashMap<>();
        final Map<Long, ShiftTemplate> templates = new HashMap<>();

        public Agent agent(long id) {
            return agents.computeIfAbsent(id, k -> Agent.findById(k));
        }

        public ServiceQueue queue(Long id) {
            return id == null ? null : queues.computeIfAbsent(id, k -> ServiceQueue.findById(k));
        }

        public ShiftTemplate template(Long id) {
            return id == null ? null : templates.computeIfAbsent(id, k -> ShiftTemplate.findById(k));
        }

        public DutyView duty(Long templateId, Long queueId) {
            ShiftTemplate t = template(templateId);
            if (t == null) {
                return null;
            }
            ServiceQueue q = queue(queueId);
            return new DutyView(t.code, queueId, q == null ? null : q.code);
        }
    }

    public static AssignmentView assignment(RosterStore.Row row, ZoneId zone, Lookup lookup) {
        Agent agent = lookup.agent(row.agentId());
        ShiftTemplate t = lookup.template(row.templateId());
        ServiceQueue q = lookup.queue(row.queueId());
        DutyView published = !row.hasPublished() ? null
                : row.publishedTemplateId() == null ? new DutyView(null, null, null)
                : lookup.duty(row.publishedTemplateId(), row.publishedQueueId());
        if (t == null) {
            return new AssignmentView(row.agentId(), agent.employeeNo, agent.fullName, row.date(), false, null, null, null, null, null,
                    null, null, null, List.of(), row.pinned(), row.source(), published, row.changedSincePublication());
        }
        PlacedShift times = t.placeOn(row.date(), zone);
        ZonedDateTime start = times.start();
        ZonedDateTime end = times.end();
        List<BreakView> breaks = times.breaks().stream()
                .map(b -> new BreakView(b.start().toLocalDateTime(), b.end().toLocalDateTime(), b.paid())).toList();
        return new AssignmentView(row.agentId(), agent.employeeNo, agent.fullName, row.date(), true, t.code, row.queueId(),
                q == null ? null : q.code, start.toLocalDateTime(), end.toLocalDateTime(), start.toInstant(), end.toInstant(),
                t.paidMinutes, breaks, row.pinned(), row.source(), published, row.changedSincePublication());
    }

    public static DutyView dutyOrOff(Lookup lookup, Long templateId, Long queueId) {
        return templateId == null ? new DutyView(null, null, null) : lookup.duty(templateId, queueId);
    }
}
