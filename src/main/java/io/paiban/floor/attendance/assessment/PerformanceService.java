package io.paiban.floor.attendance.assessment;

import io.paiban.floor.attendance.assessment.AssessmentDtos.PerformanceRequest;
import io.paiban.floor.attendance.assessment.AssessmentDtos.PerformanceView;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/** Per-agent monthly contacts, handle time and QA score: one record per agent and month. */
@ApplicationScoped
public class PerformanceService extends VersionedCrudService<AgentPerformance, PerformanceRequest, PerformanceView> {

    @Inject
    AccessScope scope;

    public PerformanceService() {
        super(AgentPerformance.class, "Agent performance");
    }

    public List<PerformanceView> list(long siteId, YearMonth month) {
        scope.requireSite(siteId);
        return AgentPerformance.<AgentPerformance>find("select p from AgentPerformance p, Agent a where a.id = p.agentId"
                        + " and a.site.id = ?1 and p.monthStart = ?2", Sort.by("p.agentId"), siteId, month.atDay(1)).list()
                .stream().map(PerformanceView::of).toList();
    }

    @Override
    public PerformanceView get(long id) {
        AgentPerformance p = find(id);
        scope.requireAgent(p.agentId);
        return PerformanceView.of(p);
    }

    @Override
    @Transactional
    public PerformanceView update(long id, PerformanceRequest request) {
        scope.requireAgent(find(id).agentId);
        return super.update(id, request);
    }

    @Override
    @Transactional
    public void delete(long id) {
        scope.requireAgent(find(id).agentId);
        super.delete(id);
    }

    @Override
    protected PerformanceView view(AgentPerformance entity) {
        return PerformanceView.of(entity);
    }

    @Override
    protected void apply(AgentPerformance p, PerformanceRequest r) {
        if (Agent.findById(r.agentId()) == null) {
            throw ApiException.invalidField("agentId", "agent " + r.agentId() + " does not exist");
        }
        scope.requireAgent(r.agentId());
        LocalDate month;
        try {
            month = YearMonth.parse(r.month()).atDay(1);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("month", "'" + r.month() + "' is not a month as yyyy-MM");
        }
        AgentPerformance.<AgentPerformance>find("agentId = ?1 and monthStart = ?2", r.agentId(), month).stream()
                .filter(other -> !Objects.equals(other.id, p.id)).findFirst()
                .ifPresent(other -> {
                    throw ApiException.conflict("Agent " + r.agentId() + " already has performance record " + other.id
                            + " for " + r.month() + "; edit that one");
                });
        p.agentId = r.agentId();
        p.monthStart = month;
        p.contactsHandled = r.contactsHandled();
        p.handleSeconds = r.handleSeconds();
        p.qaScore = r.qaScore();
        p.majorError = Boolean.TRUE.equals(r.majorError());
        p.note = r.note();
    }
}
