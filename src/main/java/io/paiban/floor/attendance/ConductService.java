package io.paiban.floor.attendance;

import io.paiban.floor.attendance.ConductDtos.ConductRequest;
import io.paiban.floor.attendance.ConductDtos.ConductView;
import io.paiban.floor.attendance.rules.ConductKind;
import io.paiban.floor.attendance.rules.ConductRules;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Conduct violations (owner of conduct_violation); a change regenerates the month's report if it was generated. */
@ApplicationScoped
public class ConductService {

    @Inject
    AccessScope scope;

    @Inject
    MonthlyReportService reports;

    @Inject
    FloorRulesConfig rules;

    @Transactional
    public ConductView record(ConductRequest r) {
        Agent agent = agent(r.agentId());
        if (r.kind() == ConductKind.FRAUD && (r.lossAmount() == null || r.lossAmount().signum() <= 0)) {
            throw ApiException.invalidField("lossAmount", "fraud names the loss it caused (yuan)");
        }
        ConductViolation v = new ConductViolation();
        v.agentId = agent.id;
        v.kind = r.kind();
        v.occurredOn = r.occurredOn();
        v.lossAmount = r.lossAmount() == null ? BigDecimal.ZERO : r.lossAmount();
        v.note = r.note();
        v.recordedBy = scope.actor();
        v.persistAndFlush();
        reports.refreshIfGenerated(agent.site.id, Set.of(YearMonth.from(v.occurredOn)), Instant.now());
        return view(v);
    }

    @Transactional
    public void delete(long id) {
        ConductViolation v = ConductViolation.findById(id);
        if (v == null) {
            throw ApiException.notFound("Conduct violation", id);
        }
        Agent agent = agent(v.agentId);
        YearMonth month = YearMonth.from(v.occurredOn);
        v.delete();
        reports.refreshIfGenerated(agent.site.id, new TreeSet<>(Set.of(month)), Instant.now());
    }

    /** An agent's violations in [from, to] with their tiers (counted over each whole calendar month). */
    public List<ConductView> list(long agentId, LocalDate from, LocalDate to) {
        agent(agentId);
        LocalDate monthFrom = from.withDayOfMonth(1);
        LocalDate monthTo = YearMonth.from(to).atEndOfMonth();
        List<ConductViolation> rows = ConductViolation.list("agentId = ?1 and occurredOn between ?2 and ?3", Sort.by("occurredOn").and("id"),
                agentId, monthFrom, monthTo);
        Map<Long, ConductRules.Consequence> byId = consequences(rows);
        return rows.stream().filter(v -> !v.occurredOn.isBefore(from) && !v.occurredOn.isAfter(to))
                .map(v -> view(v, byId.get(v.id))).toList();
    }

    private ConductView view(ConductViolation v) {
        List<ConductViolation> month = ConductViolation.list("agentId = ?1 and occurredOn between ?2 and ?3", v.agentId,
                v.occurredOn.withDayOfMonth(1), YearMonth.from(v.occurredOn).atEndOfMonth());
        return view(v, consequences(month).get(v.id));
    }

    private Map<Long, ConductRules.Consequence> consequences(List<ConductViolation> rows) {
        return ConductRules.evaluate(rules.conduct(), rows.stream()
                        .map(v -> new ConductRules.Violation(v.id, v.agentId, v.kind, v.occurredOn, v.lossAmount)).toList())
                .stream().collect(Collectors.toMap(c -> c.violation().id(), Function.identity()));
    }

    private static ConductView view(ConductViolation v, ConductRules.Consequence c) {
        return new ConductView(v.id, v.agentId, v.kind, v.occurredOn, v.lossAmount, v.note, v.recordedBy, c.tier(), c.fine(),
                c.dismissal(), c.damages(), c.reason(), v.version, v.createdAt);
    }

    private Agent agent(long agentId) {
        Agent agent = Agent.findById(agentId);
        if (agent == null) {
            throw ApiException.invalidField("agentId", "agent " + agentId + " does not exist");
        }
        scope.requireAgent(agentId);
        return agent;
    }
}
