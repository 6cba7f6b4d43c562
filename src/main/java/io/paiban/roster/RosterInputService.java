package io.paiban.roster;

import io.paiban.client.Client;
import io.paiban.platform.error.ApiException;
import io.paiban.roster.RosterInputDtos.AbsenceRequest;
import io.paiban.roster.RosterInputDtos.AbsenceView;
import io.paiban.roster.RosterInputDtos.FlexOfferRequest;
import io.paiban.roster.RosterInputDtos.FlexOfferView;
import io.paiban.roster.RosterInputDtos.PreferenceRequest;
import io.paiban.roster.RosterInputDtos.PreferenceView;
import io.paiban.roster.RosterInputDtos.WeightRequest;
import io.paiban.roster.RosterInputDtos.WeightView;
import io.paiban.shift.ShiftTemplate;
import io.paiban.site.Site;
import io.paiban.workforce.Agent;
import io.paiban.workforce.EmploymentType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** CRUD of the roster inputs: absences, flex-pool offers, agent wishes, per-site and per-client weights. */
@ApplicationScoped
public class RosterInputService {

    @Inject
    RosterWeights weights;

    private static Agent agent(Long id) {
        return Agent.<Agent>findByIdOptional(id).orElseThrow(() -> ApiException.invalidField("agentId", "agent " + id + " does not exist"));
    }

    // ---- absences ----------------------------------------------------------------------------------

    public List<AbsenceView> absences(Long agentId, LocalDate from, LocalDate to) {
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> p = new ArrayList<>();
        if (agentId != null) {
            p.add(agentId);
            q.append(" and agentId = ?").append(p.size());
        }
        if (to != null) {
            p.add(to);
            q.append(" and (firstDate is null or firstDate <= ?").append(p.size()).append(")");
        }
        if (from != null) {
            p.add(from);
            q.append(" and (lastDate is null or lastDate >= ?").append(p.size()).append(")");
        }
        return AgentAbsence.<AgentAbsence>list(q.toString(), Sort.by("id"), p.toArray()).stream().map(AbsenceView::of).toList();
    }

    public AbsenceView absence(long id) {
        return AbsenceView.of(findAbsence(id));
    }

    private static AgentAbsence findAbsence(long id) {
        return AgentAbsence.<AgentAbsence>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Absence", id));
    }

    @Transactional
    public AbsenceView createAbsence(AbsenceRequest request) {
        AgentAbsence absence = new AgentAbsence();
        apply(absence, request);
        absence.persistAndFlush();
        return AbsenceView.of(absence);
    }

    @Transactional
    public AbsenceView updateAbsence(long id, AbsenceRequest request) {
        AgentAbsence absence = findAbsence(id);
        absence.requireVersion(request.version(), "Absence");
        apply(absence, request);
        absence.persistAndFlush();
        return AbsenceView.of(absence);
    }

    @Transactional
    public void deleteAbsence(long id) {
        findAbsence(id).delete();
    }

    private static void apply(AgentAbsence absence, AbsenceRequest r) {
        agent(r.agentId());
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

    // ---- flex offers -------------------------------------------------------------------------------

    public List<FlexOfferView> offers(Long agentId, LocalDate from, LocalDate to) {
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> p = new ArrayList<>();
        if (agentId != null) {
            p.add(agentId);
            q.append(" and agentId = ?").append(p.size());
        }
        if (from != null) {
            p.add(from);
            q.append(" and offerDate >= ?").append(p.size());
        }
        if (to != null) {
            p.add(to);
            q.append(" and offerDate <= ?").append(p.size());
        }
        return FlexOffer.<FlexOffer>list(q.toString(), Sort.by("offerDate").and("agentId"), p.toArray()).stream().map(FlexOfferView::of).toList();
    }

    @Transactional
    public FlexOfferView createOffer(FlexOfferRequest request) {
        Agent agent = agent(request.agentId());
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
        FlexOffer.<FlexOffer>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Flex offer", id)).delete();
    }

    // ---- preferences -------------------------------------------------------------------------------

    public List<PreferenceView> preferences(Long agentId) {
        List<Preference> rows = agentId == null ? Preference.listAll(Sort.by("id")) : Preference.list("agentId", Sort.by("id"), agentId);
        return rows.stream().map(RosterInputService::view).toList();
    }

    private static PreferenceView view(Preference p) {
        ShiftTemplate t = p.shiftTemplateId == null ? null : ShiftTemplate.findById(p.shiftTemplateId);
        return new PreferenceView(p.id, p.agentId, p.date, p.dayOfWeek, t == null ? null : t.code, p.kind, p.weight, p.version);
    }

    private static Preference findPreference(long id) {
        return Preference.<Preference>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Agent preference", id));
    }

    @Transactional
    public PreferenceView createPreference(PreferenceRequest request) {
        Preference p = new Preference();
        apply(p, request);
        p.persistAndFlush();
        return view(p);
    }

    @Transactional
    public PreferenceView updatePreference(long id, PreferenceRequest request) {
        Preference p = findPreference(id);
        p.requireVersion(request.version(), "Agent preference");
        apply(p, request);
        p.persistAndFlush();
        return view(p);
    }

    @Transactional
    public void deletePreference(long id) {
        findPreference(id).delete();
    }

    private static void apply(Preference p, PreferenceRequest r) {
        agent(r.agentId());
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

    // ---- weights -----------------------------------------------------------------------------------

    public List<WeightView> weights(Long siteId, Long clientId) {
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> p = new ArrayList<>();
        if (siteId != null) {
            p.add(siteId);
            q.append(" and siteId = ?").append(p.size());
        }
        if (clientId != null) {
            p.add(clientId);
            q.append(" and clientId = ?").append(p.size());
        }
        return RosterWeight.<RosterWeight>list(q.toString(), Sort.by("id"), p.toArray()).stream().map(this::view).toList();
    }

    private WeightView view(RosterWeight w) {
        RosterWeights.ConstraintInfo info = weights.requireWeighable(w.constraintName);
        return new WeightView(w.id, w.siteId, w.clientId, w.constraintName, info.level(), w.weight, info.defaultWeight(), w.version);
    }

    private static RosterWeight findWeight(long id) {
        return RosterWeight.<RosterWeight>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Roster weight", id));
    }

    @Transactional
    public WeightView createWeight(WeightRequest request) {
        RosterWeight w = new RosterWeight();
        apply(w, request, null);
        w.persistAndFlush();
        return view(w);
    }

    @Transactional
    public WeightView updateWeight(long id, WeightRequest request) {
        RosterWeight w = findWeight(id);
        w.requireVersion(request.version(), "Roster weight");
        apply(w, request, id);
        w.persistAndFlush();
        return view(w);
    }

    @Transactional
    public void deleteWeight(long id) {
        findWeight(id).delete();
    }

    private void apply(RosterWeight w, WeightRequest r, Long exceptId) {
        if ((r.siteId() == null) == (r.clientId() == null)) {
            throw ApiException.invalidField("siteId", "give exactly one of siteId and clientId");
        }
        if (r.siteId() != null && Site.findById(r.siteId()) == null) {
            throw ApiException.invalidField("siteId", "site " + r.siteId() + " does not exist");
        }
        if (r.clientId() != null && Client.findById(r.clientId()) == null) {
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
