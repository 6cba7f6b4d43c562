package io.paiban.agent.selfservice;

import io.paiban.platform.error.ApiException;
import io.paiban.planning.roster.publication.PublishedShiftService;
import io.paiban.planning.roster.publication.PublishedShiftService.PublishedShift;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.workforce.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The calling agent's own published shifts; the agent id comes from the account, never from the request. */
@ApplicationScoped
public class MyShiftService {

    static final int MAX_DAYS = 92;

    @Inject
    AccessScope scope;

    @Inject
    PublishedShiftService published;

    public List<PublishedShift> shifts(LocalDate from, LocalDate to) {
        long agentId = scope.ownAgentId();
        LocalDate today = LocalDate.now(Agent.<Agent>findById(agentId).site.zone());
        LocalDate first = from != null ? from : today;
        LocalDate last = to != null ? to : first.plusDays(13);
        if (last.isBefore(first)) {
            throw ApiException.invalidField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ApiException.invalidField("to", "at most " + MAX_DAYS + " days per request");
        }
        return published.forAgent(agentId, first, last);
    }
}
