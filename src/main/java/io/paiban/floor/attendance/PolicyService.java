package io.paiban.floor.attendance;

import io.paiban.floor.attendance.PolicyDtos.PolicyRequest;
import io.paiban.floor.attendance.PolicyDtos.PolicyView;
import io.paiban.floor.attendance.rules.AttendancePolicy;
import io.paiban.masterdata.client.Client;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.site.Site;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Attendance policies per site or per client. A shift on a client's queue follows the client's policy, else
 * the site's, else the built-in defaults; the monthly rules (bonus, absences, complaints) follow the site's.
 */
@ApplicationScoped
public class PolicyService extends VersionedCrudService<PolicySetting, PolicyRequest, PolicyView> {

    @Inject
    AccessScope scope;

    public PolicyService() {
        super(PolicySetting.class, "Attendance policy");
    }

    /** The rules in force and the stored policy they come from (null id: the defaults). */
    public record Resolved(Long policyId, AttendancePolicy rules) {
        static final Resolved DEFAULTS = new Resolved(null, AttendancePolicy.DEFAULTS);
    }

    public List<PolicyView> list(Long siteId, Long clientId) {
        Optional<Set<Long>> sites = scope.visibleSiteIds();
        Optional<Set<Long>> clients = scope.visibleClientIds();
        return PolicySetting.<PolicySetting>listAll(Sort.by("id")).stream()
                .filter(p -> siteId == null || siteId.equals(p.siteId))
                .filter(p -> clientId == null || clientId.equals(p.clientId))
                .filter(p -> p.siteId == null || sites.map(s -> s.contains(p.siteId)).orElse(true))
                .filter(p -> p.clientId == null || clients.map(c -> c.contains(p.clientId)).orElse(true))
                .map(PolicyView::of).toList();
    }

    @Override
    public PolicyView get(long id) {
        PolicySetting p = find(id);
        requireScope(p.siteId, p.clientId);
        return PolicyView.of(p);
    }

    @Override
    @Transactional
    public PolicyView update(long id, PolicyRequest request) {
        PolicySetting p = find(id);
        requireScope(p.siteId, p.clientId);
        return super.update(id, request);
    }

    @Override
    @Transactional
    public void delete(long id) {
        PolicySetting p = find(id);
        requireScope(p.siteId, p.clientId);
        super.delete(id);
    }

    /** For a shift on a site, optionally on a client's queue. */
    public Resolved resolve(long siteId, Long clientId) {
        if (clientId != null) {
            Optional<PolicySetting> client = PolicySetting.<PolicySetting>find("clientId", clientId).firstResultOptional();
            if (client.isPresent()) {
                return new Resolved(client.get().id, client.get().toRules());
            }
        }
        return PolicySetting.<PolicySetting>find("siteId", siteId).firstResultOptional()
                .map(p -> new Resolved(p.id, p.toRules())).orElse(Resolved.DEFAULTS);
    }

    @Override
    protected PolicyView view(PolicySetting entity) {
        return PolicyView.of(entity);
    }

    @Override
    protected void apply(PolicySetting policy, PolicyRequest request) {
        if ((request.siteId() == null) == (request.clientId() == null)) {
            throw ApiException.invalidField("siteId", "give exactly one of siteId and clientId");
        }
        if (request.siteId() != null && Site.findById(request.siteId()) == null) {
            throw ApiException.invalidField("siteId", "site " + request.siteId() + " does not exist");
        }
        if (request.clientId() != null && Client.findById(request.clientId()) == null) {
            throw ApiException.invalidField("clientId", "client " + request.clientId() + " does not exist");
        }
        requireScope(request.siteId(), request.clientId());
        AttendancePolicy rules = request.rules();
        if (rules.majorLateMaxMinutes() < rules.minorLateMaxMinutes()) {
            throw ApiException.invalidField("majorLateMaxMinutes", "must not be below minorLateMaxMinutes");
        }
        if (rules.awayAbsenceMinutes() < rules.awayReportMinutes()) {
            throw ApiException.invalidField("awayAbsenceMinutes", "must not be below awayReportMinutes");
        }
        String field = request.siteId() != null ? "siteId" : "clientId";
        Long value = request.siteId() != null ? request.siteId() : request.clientId();
        PolicySetting.<PolicySetting>find(field, value).stream()
                .filter(other -> !Objects.equals(other.id, policy.id)).findFirst()
                .ifPresent(other -> {
                    throw ApiException.conflict("The " + (request.siteId() != null ? "site" : "client") + " " + value
                            + " already has attendance policy " + other.id + "; edit that one");
                });
        policy.siteId = request.siteId();
        policy.clientId = request.clientId();
        policy.set(rules);
    }

    private void requireScope(Long siteId, Long clientId) {
        if (siteId != null) {
            scope.requireSite(siteId);
        }
        if (clientId != null) {
            scope.requireClient(clientId);
        }
    }
}
