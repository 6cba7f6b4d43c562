package io.paiban.floor.attendance;

import io.paiban.floor.attendance.AttendanceDtos.ComplaintRequest;
import io.paiban.floor.attendance.AttendanceDtos.ComplaintView;
import io.paiban.masterdata.client.Client;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Customer complaints against agents; a change regenerates the agent's monthly report if it was generated. */
@ApplicationScoped
public class ComplaintService extends VersionedCrudService<Complaint, ComplaintRequest, ComplaintView> {

    @Inject
    AccessScope scope;

    @Inject
    MonthlyReportService reports;

    public ComplaintService() {
        super(Complaint.class, "Complaint");
    }

    public List<ComplaintView> list(Long agentId, Long siteId, LocalDate from, LocalDate to) {
        StringBuilder q = new StringBuilder("select c from Complaint c, Agent a where a.id = c.agentId");
        List<Object> p = new ArrayList<>();
        if (agentId != null) {
            scope.requireAgent(agentId);
            p.add(agentId);
            q.append(" and c.agentId = ?").append(p.size());
        }
        if (siteId != null) {
            scope.requireSite(siteId);
            p.add(siteId);
            q.append(" and a.site.id = ?").append(p.size());
        }
        scope.visibleSiteIds().ifPresent(sites -> {
            p.add(sites);
            q.append(" and a.site.id in ?").append(p.size());
        });
        if (from != null) {
            p.add(from);
            q.append(" and c.complaintDate >= ?").append(p.size());
        }
        if (to != null) {
            p.add(to);
            q.append(" and c.complaintDate <= ?").append(p.size());
        }
        return Complaint.<Complaint>find(q.toString(), Sort.by("c.complaintDate").and("c.id"), p.toArray()).list()
                .stream().map(ComplaintView::of).toList();
    }

    @Override
    public ComplaintView get(long id) {
        Complaint c = find(id);
        scope.requireAgent(c.agentId);
        return ComplaintView.of(c);
    }

    @Override
    @Transactional
    public ComplaintView create(ComplaintRequest request) {
        ComplaintView created = super.create(request);
        refresh(created.agentId(), Set.of(YearMonth.from(created.complaintDate())));
        return created;
    }

    @Override
    @Transactional
    public ComplaintView update(long id, ComplaintRequest request) {
        Complaint before = find(id);
        scope.requireAgent(before.agentId);
        long oldAgent = before.agentId;
        YearMonth oldMonth = YearMonth.from(before.complaintDate);
        ComplaintView updated = super.update(id, request);
        refresh(oldAgent, Set.of(oldMonth));
        refresh(updated.agentId(), Set.of(YearMonth.from(updated.complaintDate())));
        return updated;
    }

    @Override
    @Transactional
    public void delete(long id) {
        Complaint c = find(id);
        scope.requireAgent(c.agentId);
        long agentId = c.agentId;
        YearMonth month = YearMonth.from(c.complaintDate);
        super.delete(id);
        refresh(agentId, Set.of(month));
    }

    private void refresh(long agentId, Set<YearMonth> months) {
        Agent agent = Agent.findById(agentId);
        reports.refreshIfGenerated(agent.site.id, new TreeSet<>(months), Instant.now());
    }

    @Override
    protected ComplaintView view(Complaint entity) {
        return ComplaintView.of(entity);
    }

    @Override
    protected void apply(Complaint complaint, ComplaintRequest r) {
        if (Agent.findById(r.agentId()) == null) {
            throw ApiException.invalidField("agentId", "agent " + r.agentId() + " does not exist");
        }
        scope.requireAgent(r.agentId());
        // a client outside the caller's scope is answered exactly like an unknown one, revealing nothing
        if (r.clientId() != null && (Client.findById(r.clientId()) == null || !scope.canSeeClient(r.clientId()))) {
            throw ApiException.invalidField("clientId", "client " + r.clientId() + " does not exist");
        }
        complaint.agentId = r.agentId();
        complaint.complaintDate = r.complaintDate();
        complaint.clientId = r.clientId();
        complaint.reason = r.reason().trim();
        complaint.verified = Boolean.TRUE.equals(r.verified());
    }
}
