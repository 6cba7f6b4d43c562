package io.paiban.agent.requests;

import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.store.RosterViews.DutyView;
import io.paiban.planning.roster.store.RosterProblem.DutyRef;
import io.paiban.masterdata.shift.ShiftTemplate;

import java.util.HashMap;
import java.util.Map;

/** Template and queue codes for duties named by ids, cached for one response. */
final class DutyNames {

    private final Map<Long, ShiftTemplate> templates = new HashMap<>();
    private final Map<Long, ServiceQueue> queues = new HashMap<>();

    DutyView view(Long templateId, Long queueId) {
        if (templateId == null) {
            return new DutyView(null, null, null);
        }
        ShiftTemplate t = templates.computeIfAbsent(templateId, id -> ShiftTemplate.findById(id));
        ServiceQueue q = queueId == null ? null : queues.computeIfAbsent(queueId, id -> ServiceQueue.findById(id));
        return new DutyView(t == null ? null : t.code, queueId, q == null ? null : q.code);
    }

    DutyView view(DutyRef ref) {
        return view(ref.templateId(), ref.queueId());
    }

    /** "DAY on JD-CHAT" or "day off", for messages. */
    String text(DutyRef ref) {
        DutyView v = view(ref);
        return v.shiftTemplateCode() == null ? "day off" : v.shiftTemplateCode() + " on " + v.queueCode();
    }
}
