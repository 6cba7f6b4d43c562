package io.paiban.masterdata.workforce;

import io.paiban.platform.persistence.Filter;
import io.paiban.security.AccessScope;
import jakarta.inject.Inject;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.persistence.UniqueKeys;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.AgentDtos.AgentPage;
import io.paiban.masterdata.workforce.AgentDtos.AgentRequest;
import io.paiban.masterdata.workforce.AgentDtos.AgentView;
import io.paiban.masterdata.workforce.AgentDtos.CertificationDto;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class AgentService extends VersionedCrudService<Agent, AgentRequest, AgentView> {

    @Inject
    AccessScope scope;

    public AgentService() {
        super(Agent.class, "Agent");
    }

    public static final int MAX_PAGE_SIZE = 500;

    /** The furthest first row a page may start at; beyond it the int offset would overflow. */
    static final long MAX_OFFSET = 10_000_000;

    public AgentPage list(AgentFilter filter, int page, int size) {
        if (page < 0) {
            throw ApiException.invalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw ApiException.invalidField("page", "too far: page × size must not exceed " + MAX_OFFSET);
        }
        Filter f = new Filter().eq("Agent_.site.id", filter.siteId().orElse(null)).eq("Agent_.status", filter.status().orElse(null))
                .idIn("Agent_.site.id", scope.visibleSiteIds())
                .eq("Agent_.employmentType", filter.employmentType().orElse(null))
                .when(filter.queueId().orElse(null),
                        "Agent_.id in (select a.id from Agent a join a.certifications c where c.queueId = ?)");
        PanacheQuery<Agent> found = Agent.find("from Agent Agent_ where " + f.query(), Sort.by("employeeNo"), f.params());
        long total = found.count();
        List<AgentView> items = found.page(Page.of(page, size)).list().stream().map(AgentView::of).toList();
        return new AgentPage(items, page, size, total);
    }

    @Override
    protected void authorize(Agent agent) {
        scope.requireSite(agent.site.id);
    }

    @Override
    protected AgentView view(Agent entity) {
        return AgentView.of(entity);
    }

    @Override
    protected void apply(Agent agent, AgentRequest request) {
        UniqueKeys.require(Agent.class, "employeeNo", request.employeeNo(), agent.id, "Employee number");
        Site site = Site.<Site>findByIdOptional(request.siteId())
                .filter(s -> scope.canSeeSite(s.id))
                .orElseThrow(() -> ApiException.invalidField("siteId", "site " + request.siteId() + " does not exist"));
        List<CertificationDto> certifications = request.certifications() == null ? List.of() : request.certifications();
        validateCertifications(certifications);

        agent.employeeNo = request.employeeNo();
        agent.fullName = request.fullName();
        agent.site = site;
        agent.employmentType = request.employmentType();
        agent.status = request.status();
        agent.contractHoursPerWeek = request.contractHoursPerWeek();
        agent.nightEligible = request.nightEligible();
        agent.hourlyCost = request.hourlyCost();
        agent.hiredOn = request.hiredOn();
        agent.teamName = request.teamName() == null || request.teamName().isBlank() ? null : request.teamName().trim();
        agent.certifications.clear();
        certifications.forEach(c -> agent.certifications.add(new Certification(c.queueId(), c.certifiedOn())));
    }

    private static void validateCertifications(List<CertificationDto> certifications) {
        Set<Long> queueIds = certifications.stream().map(CertificationDto::queueId).collect(Collectors.toSet());
        Set<Long> existing = queueIds.isEmpty() ? Set.of() : new HashSet<>(ServiceQueue.<ServiceQueue>list("id in ?1", queueIds)
                .stream().map(q -> q.id).toList());
        List<Problem.InvalidParam> problems = new ArrayList<>();
        Map<Long, Integer> firstIndex = new java.util.HashMap<>();
        for (int i = 0; i < certifications.size(); i++) {
            Long queueId = certifications.get(i).queueId();
            if (!existing.contains(queueId)) {
                problems.add(Problem.InvalidParam.field("certifications[" + i + "].queueId", "queue " + queueId + " does not exist"));
            }
            Integer first = firstIndex.putIfAbsent(queueId, i);
            if (first != null) {
                problems.add(Problem.InvalidParam.field("certifications[" + i + "].queueId", "duplicates certifications[" + first + "]"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }
}
