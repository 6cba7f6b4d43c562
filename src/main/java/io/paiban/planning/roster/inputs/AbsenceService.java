package io.paiban.planning.roster.inputs;

import io.paiban.platform.persistence.Filter;
import jakarta.inject.Inject;
import io.paiban.security.AccessScope;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.planning.roster.inputs.RosterInputDtos.AbsenceRequest;
import io.paiban.planning.roster.inputs.RosterInputDtos.AbsenceView;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** Approved leave, sick days and declared unavailability: whole days or a time range. */
@ApplicationScoped
public class AbsenceService extends VersionedCrudService<AgentAbsence, AbsenceRequest, AbsenceView> {

    @Inject
    AccessScope scope;

    public AbsenceService() {
        super(AgentAbsence.class, "Absence");
    }

    public List<AbsenceView> list(Long agentId, LocalDate from, LocalDate to) {
        Filter f = new Filter().eq("agentId", agentId)
                .when(to, "firstDate is null or firstDate <= ?").when(from, "lastDate is null or lastDate >= ?");
        return AgentAbsence.<AgentAbsence>list(f.query(), Sort.by("id"), f.params()).stream()
                .filter(a -> scope.canSeeAgent(a.agentId)).map(AbsenceView::of).toList();
    }

    @Override
    protected void authorize(AgentAbsence absence) {
        scope.requireAgent(absence.agentId);
    }

    @Override
    protected AbsenceView view(AgentAbsence absence) {
        return AbsenceView.of(absence);
    }

    @Override
    protected void apply(AgentAbsence absence, AbsenceRequest r) {

        agent(r.agentId());
        scope.requireAgentField("agentId", r.agentId());
        boolean days = r.firstDate() != null;
        boolean range = r.startsAt() != null || r.endsAt() != null;
        if (days == range) {
            throw ApiException.invalidField("firstDate", "give firstDate (and lastDate) for whole days or startsAt and endsAt for a time range");
        }
        if (days) {
            LocalDate last = r.lastDate() == null ? r.firstDate() : r.lastDate();
            if (last.isBefore(r.firstDate())) {
                throw ApiException.invalidField("lastDate", "must not be before firstDate");
            }
            absence.firstDate = r.firstDate();
            absence.lastDate = last;
            absence.startsAt = null;
            absence.endsAt = null;
        } else {
            if (r.startsAt() == null || r.endsAt() == null) {
                throw ApiException.invalidField(r.startsAt() == null ? "startsAt" : "endsAt", "required for a time range");
            }
            if (!r.endsAt().isAfter(r.startsAt())) {
                throw ApiException.invalidField("endsAt", "must be after startsAt");
            }
            absence.firstDate = null;
            absence.lastDate = null;
            absence.startsAt = r.startsAt();
            absence.endsAt = r.endsAt();
        }
        absence.agentId = r.agentId();
        absence.kind = r.kind();
        absence.approved = r.approved() == null || r.approved();
        absence.note = r.note();
    }

    static Agent agent(Long id) {
        return Agent.<Agent>findByIdOptional(id).orElseThrow(() -> ApiException.invalidField("agentId", "agent " + id + " does not exist"));
    }
}
