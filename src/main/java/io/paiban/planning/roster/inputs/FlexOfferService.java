package io.paiban.planning.roster.inputs;

import io.paiban.platform.persistence.Filter;
import jakarta.inject.Inject;
import io.paiban.security.AccessScope;
import io.paiban.platform.error.ApiException;
import io.paiban.planning.roster.inputs.RosterInputDtos.FlexOfferRequest;
import io.paiban.planning.roster.inputs.RosterInputDtos.FlexOfferView;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.kernel.EmploymentType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/** The days flex-pool agents offer to work; a flex agent is rostered only on these. */
@ApplicationScoped
public class FlexOfferService {

    @Inject
    AccessScope scope;

    public List<FlexOfferView> offers(Long agentId, LocalDate from, LocalDate to) {
        Filter f = new Filter().eq("agentId", agentId).atLeast("offerDate", from).atMost("offerDate", to);
        return FlexOffer.<FlexOffer>list(f.query(), Sort.by("offerDate").and("agentId"), f.params()).stream()
                .filter(o -> scope.canSeeAgent(o.agentId)).map(FlexOfferView::of).toList();
    }

    @Transactional
    public FlexOfferView createOffer(FlexOfferRequest request) {
        Agent agent = AbsenceService.agent(request.agentId());
        scope.requireAgentField("agentId", request.agentId());
        if (agent.employmentType != EmploymentType.FLEX_POOL) {
            throw ApiException.invalidField("agentId", "agent " + agent.employeeNo + " is not in the flex pool; in-house agents work any day");
        }
        if (FlexOffer.count("agentId = ?1 and offerDate = ?2", request.agentId(), request.date()) > 0) {
            throw ApiException.conflict("Agent " + agent.employeeNo + " already offered " + request.date());
        }
        FlexOffer offer = new FlexOffer();
        offer.agentId = request.agentId();
        offer.offerDate = request.date();
        offer.persistAndFlush();
        return FlexOfferView.of(offer);
    }

    @Transactional
    public void deleteOffer(long id) {
        FlexOffer.<FlexOffer>findByIdOptional(id).filter(o -> scope.canSeeAgent(o.agentId))
                .orElseThrow(() -> ApiException.notFound("Flex offer", id)).delete();
    }
}
