package io.paiban.planning.roster.store;

import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.planning.roster.solver.DutyCatalog;
import io.paiban.planning.roster.solver.Horizon;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.planning.roster.solver.RosterQueue;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.workforce.Agent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stored roster turned into a solver problem, with the lookups between database ids and solver objects.
 * Solver ids are the database ids as text (agent "17", queue "4"); templates are known by code.
 */
public final class RosterProblem {

    /** An agent-day's duty as stored: template and queue ids, both null for a day off. */
    public record DutyRef(Long templateId, Long queueId) {
        public static final DutyRef OFF = new DutyRef(null, null);

        public boolean isOff() {
            return templateId == null;
        }
    }

    private final long rosterId;
    private final ZoneId zone;
    private final Horizon horizon;
    private final DutyCatalog catalog;
    private final Roster solution;
    private final Map<Long, Agent> agents;
    private final Map<Long, ServiceQueue> queues;
    private final Map<Long, ShiftTemplate> templates;
    private final Map<String, AgentDay> days = new HashMap<>();
    /** What roster_assignment holds per agent-day id ("agentId/date"); absent = no row yet. */
    private final Map<String, DutyRef> stored;

    RosterProblem(long rosterId, ZoneId zone, Horizon horizon, DutyCatalog catalog, Roster solution, Map<Long, Agent> agents,
                  Map<Long, ServiceQueue> queues, Map<Long, ShiftTemplate> templates, Map<String, DutyRef> stored) {
        this.rosterId = rosterId;
        this.zone = zone;
        this.horizon = horizon;
        this.catalog = catalog;
        this.solution = solution;
        this.agents = agents;
        this.queues = queues;
        this.templates = templates;
        this.stored = stored;
        for (AgentDay day : solution.getAgentDays()) {
            days.put(day.getId(), day);
        }
    }

    public static String dayId(long agentId, LocalDate date) {
        return agentId + "/" + date;
    }

    public static long agentId(RosterAgent agent) {
        return Long.parseLong(agent.getId());
    }

    public static long queueId(RosterQueue queue) {
        return Long.parseLong(queue.getId());
    }

    public AgentDay day(long agentId, LocalDate date) {
        return days.get(dayId(agentId, date));
    }

    public List<AgentDay> daysOf(long agentId) {
        return solution.getAgentDays().stream().filter(d -> agentId(d.getAgent()) == agentId).toList();
    }

    public RosterQueue rosterQueue(long queueId) {
        return solution.getQueues().stream().filter(q -> queueId(q) == queueId).findFirst().orElse(null);
    }

    /** The catalog duty for a template and queue on the agent-day's date, null for a day off. */
    public Duty duty(AgentDay day, DutyRef ref) {
        if (ref == null || ref.isOff()) {
            return null;
        }
        ShiftTemplate template = templates.get(ref.templateId());
        RosterQueue queue = rosterQueue(ref.queueId());
        if (template == null || queue == null) {
            return null;
        }
        return catalog.duty(day.getDayIndex(), template.code, queue);
    }

    public DutyRef ref(Duty duty) {
        if (duty == null) {
            return DutyRef.OFF;
        }
        return new DutyRef(templateByCode(duty.getShift().getTemplateCode()).id, queueId(duty.getQueue()));
    }

    public ShiftTemplate templateByCode(String code) {
        return templates.values().stream().filter(t -> t.code.equals(code)).findFirst().orElse(null);
    }

    /** The agent-days of a solution whose duty differs from what is stored, as writes. */
    public Map<String, RosterStore.DutyWrite> changesAgainst(Roster best, Map<String, DutyRef> saved) {
        Map<String, RosterStore.DutyWrite> writes = new HashMap<>();
        for (AgentDay day : best.getAgentDays()) {
            DutyRef now = ref(day.getDuty());
            if (!Objects.equals(saved.get(day.getId()), now)) {
                writes.put(day.getId(), new RosterStore.DutyWrite(agentId(day.getAgent()), day.getDate(), now.templateId(), now.queueId()));
            }
        }
        return writes;
    }

    public long rosterId() {
        return rosterId;
    }

    public ZoneId zone() {
        return zone;
    }

    public Horizon horizon() {
        return horizon;
    }

    public DutyCatalog catalog() {
        return catalog;
    }

    public Roster solution() {
        return solution;
    }

    public Map<Long, Agent> agents() {
        return agents;
    }

    public Map<Long, ServiceQueue> queues() {
        return queues;
    }

    public Map<Long, ShiftTemplate> templates() {
        return templates;
    }

    public Map<String, DutyRef> stored() {
        return stored;
    }
}
