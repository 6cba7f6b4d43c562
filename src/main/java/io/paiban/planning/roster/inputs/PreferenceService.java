package io.paiban.planning.roster.inputs;

import jakarta.inject.Inject;
import io.paiban.security.AccessScope;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.planning.roster.inputs.RosterInputDtos.PreferenceRequest;
import io.paiban.planning.roster.inputs.RosterInputDtos.PreferenceView;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Agents' desired and undesired days and shifts. */
@ApplicationScoped
public class PreferenceService extends VersionedCrudService<Preference, PreferenceRequest, PreferenceView> {

    @Inject
    AccessScope scope;

    public PreferenceService() {
        super(Preference.class, "Agent preference");
    }

    public List<PreferenceView> list(Long agentId) {
        List<Preference> rows = agentId == null ? Preference.listAll(Sort.by("id")) : Preference.list("agentId", Sort.by("id"), agentId);
        return rows.stream().filter(p -> scope.canSeeAgent(p.agentId)).map(this::view).toList();
    }

    @Override
    protected void authorize(Preference preference) {
        scope.requireAgent(preference.agentId);
    }

    @Override
    protected PreferenceView view(Preference p) {

        ShiftTemplate t = p.shiftTemplateId == null ? null : ShiftTemplate.findById(p.shiftTemplateId);
        return new PreferenceView(p.id, p.agentId, p.date, p.dayOfWeek, t == null ? null : t.code, p.kind, p.weight, p.version);
    }

    @Override
    protected void apply(Preference p, PreferenceRequest r) {

        AbsenceService.agent(r.agentId());
        scope.requireAgentField("agentId", r.agentId());
        if (r.date() != null && r.dayOfWeek() != null) {
            throw ApiException.invalidField("dayOfWeek", "give a date or a weekday, not both");
        }
        Long templateId = null;
        if (r.shiftTemplateCode() != null) {
            templateId = ShiftTemplate.<ShiftTemplate>find("code", r.shiftTemplateCode()).firstResultOptional()
                    .orElseThrow(() -> ApiException.invalidField("shiftTemplateCode", "no shift template '" + r.shiftTemplateCode() + "'")).id;
        }
        p.agentId = r.agentId();
        p.date = r.date();
        p.dayOfWeek = r.dayOfWeek();
        p.shiftTemplateId = templateId;
        p.kind = r.kind();
        p.weight = r.weight() == null ? 1 : r.weight();
    }
}
