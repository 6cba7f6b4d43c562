package io.paiban.planning.roster.inputs;

import io.paiban.platform.persistence.Filter;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.client.Client;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.planning.roster.inputs.RosterInputDtos.WeightRequest;
import io.paiban.planning.roster.inputs.RosterInputDtos.WeightView;
import io.paiban.masterdata.site.Site;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Constraint weight overrides per site or per client. */
@ApplicationScoped
public class RosterWeightService extends VersionedCrudService<RosterWeight, WeightRequest, WeightView> {

    @Inject
    AccessScope scope;

    @Inject
    RosterWeights weights;

    public RosterWeightService() {
        super(RosterWeight.class, "Roster weight");
    }

    public List<WeightView> list(Long siteId, Long clientId) {
        Filter f = new Filter().eq("siteId", siteId).eq("clientId", clientId);
        return RosterWeight.<RosterWeight>list(f.query(), Sort.by("id"), f.params()).stream()
                .filter(this::visible).map(this::view).toList();
    }

    private boolean visible(RosterWeight w) {
        return w.siteId != null ? scope.canSeeSite(w.siteId) : scope.canSeeClient(w.clientId);
    }

    @Override
    protected void authorize(RosterWeight w) {
        if (!visible(w)) {
            throw ApiException.notFound("Roster weight", w.id);
        }
    }

    @Override
    protected WeightView view(RosterWeight w) {

        RosterWeights.ConstraintInfo info = weights.requireWeighable(w.constraintName);
        return new WeightView(w.id, w.siteId, w.clientId, w.constraintName, info.level(), w.weight, info.defaultWeight(), w.version);
    }

    @Override
    protected void apply(RosterWeight w, WeightRequest r) {
        Long exceptId = w.id;
        if ((r.siteId() == null) == (r.clientId() == null)) {
            throw ApiException.invalidField("siteId", "give exactly one of siteId and clientId");
        }
        if (r.siteId() != null && (Site.findById(r.siteId()) == null || !scope.canSeeSite(r.siteId()))) {
            throw ApiException.invalidField("siteId", "site " + r.siteId() + " does not exist");
        }
        if (r.clientId() != null && (Client.findById(r.clientId()) == null || !scope.canSeeClient(r.clientId()))) {
            throw ApiException.invalidField("clientId", "client " + r.clientId() + " does not exist");
        }
        weights.requireWeighable(r.constraintName());
        List<RosterWeight> same = r.siteId() != null
                ? RosterWeight.list("siteId = ?1 and constraintName = ?2", r.siteId(), r.constraintName())
                : RosterWeight.list("clientId = ?1 and constraintName = ?2", r.clientId(), r.constraintName());
        if (same.stream().anyMatch(x -> !x.id.equals(exceptId))) {
            throw ApiException.conflict("A weight for '" + r.constraintName() + "' already exists for this " + (r.siteId() != null ? "site" : "client")
                    + "; update it instead");
        }
        w.siteId = r.siteId();
        w.clientId = r.clientId();
        w.constraintName = r.constraintName();
        w.weight = r.weight();
    }

    public List<RosterWeights.ConstraintInfo> constraints() {
        return weights.constraints();
    }
}
