package io.paiban.planning.roster;

import io.paiban.planning.roster.jobs.SolveJob;
import io.paiban.planning.roster.jobs.SolveJobManager;
import io.paiban.planning.roster.store.AssignmentViews;
import io.paiban.planning.roster.store.RosterChange;
import io.paiban.planning.roster.store.RosterProblemBuilder;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.SiteRoster;
import io.paiban.planning.roster.store.SolverConfigs;

import io.paiban.security.AccessScope;
import io.paiban.platform.error.ApiException;
import io.paiban.planning.roster.store.RosterViews.AssignmentView;
import io.paiban.planning.roster.store.RosterViews.ChangeView;
import io.paiban.planning.roster.RosterDtos.RosterRequest;
import io.paiban.planning.roster.RosterDtos.RosterView;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveJobView;
import io.paiban.masterdata.site.Site;
import io.paiban.planning.staffing.StaffingRun;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Rosters: create, list, read and delete, with their agent-days and change log. */
@ApplicationScoped
public class RosterService {

    @Inject
    AccessScope scope;

    @Inject
    RosterStore store;

    @Inject
    SolveJobManager jobs;

    @Inject
    SolverConfigs configs;

    @Transactional
    public RosterView create(RosterRequest request) {
        Site site = Site.<Site>findByIdOptional(request.siteId())
                .filter(s -> scope.canSeeSite(s.id))
                .orElseThrow(() -> ApiException.invalidField("siteId", "site " + request.siteId() + " does not exist"));
        StaffingRun run = StaffingRun.<StaffingRun>findByIdOptional(request.staffingRunId())
                .orElseThrow(() -> ApiException.invalidField("staffingRunId", "staffing run " + request.staffingRunId() + " does not exist"));
        ZoneId zone = site.zone();
        LocalDate first = request.firstDate() != null ? request.firstDate()
                : LocalDate.ofInstant(run.horizonStart, zone).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        SiteRoster roster = new SiteRoster();
        roster.siteId = site.id;
        roster.staffingRunId = run.id;
        roster.firstDate = first;
        roster.weeks = request.weeks() == null ? 1 : request.weeks();
        roster.solverConfig = request.solverConfig() == null ? null : configs.requireKnown(request.solverConfig(), "solverConfig");
        roster.label = request.label();
        RosterProblemBuilder.requireStaffingRun(run.id, RosterProblemBuilder.horizon(roster, zone));
        roster.persistAndFlush();
        return view(roster);
    }

    public List<RosterView> list(Long siteId) {
        List<SiteRoster> rosters = siteId == null ? SiteRoster.listAll(Sort.descending("id"))
                : SiteRoster.list("siteId", Sort.descending("id"), siteId);
        return rosters.stream().filter(r -> scope.canSeeSite(r.siteId)).map(this::view).toList();
    }

    public RosterView get(long id) {
        return view(SiteRoster.require(id));
    }

    @Transactional
    public void delete(long id) {
        jobs.requireNoLiveJob(id);
        SiteRoster.require(id).delete();
    }

    public RosterView view(SiteRoster r) {
        List<RosterStore.Row> rows = store.load(r.id);
        SolveJob latest = SolveJob.<SolveJob>find("rosterId", Sort.descending("id"), r.id).firstResult();
        SolveJobView job = latest == null ? null : jobs.view(latest.id);
        return new RosterView(r.id, r.siteId, r.firstDate, r.lastDate(), r.weeks, r.staffingRunId, r.solverConfig, r.label, r.status,
                r.publicationNo, r.publishedAt, r.publishedBy, r.lastSolvedAt, r.lastEditedAt, rows.size(),
                (int) rows.stream().filter(x -> x.templateId() != null).count(),
                (int) rows.stream().filter(RosterStore.Row::changedSincePublication).count(), job, r.version, r.createdAt, r.updatedAt);
    }

    public List<AssignmentView> assignments(long rosterId, Long agentId, LocalDate from, LocalDate to) {
        SiteRoster roster = SiteRoster.require(rosterId);
        ZoneId zone = Site.<Site>findById(roster.siteId).zone();
        AssignmentViews.Lookup lookup = new AssignmentViews.Lookup();
        return store.load(rosterId, agentId, from, to).stream().map(row -> AssignmentViews.assignment(row, zone, lookup)).toList();
    }

    public List<ChangeView> changes(long rosterId, Long agentId) {
        SiteRoster.require(rosterId);
        List<RosterChange> changes = agentId == null
                ? RosterChange.list("rosterId", Sort.by("changedAt").and("id"), rosterId)
                : RosterChange.list("rosterId = ?1 and agentId = ?2", Sort.by("changedAt").and("id"), rosterId, agentId);
        AssignmentViews.Lookup lookup = new AssignmentViews.Lookup();
        return changes.stream().map(c -> new ChangeView(c.id, c.agentId, lookup.agent(c.agentId).employeeNo, c.workDate,
                AssignmentViews.dutyOrOff(lookup, c.beforeTemplateId, c.beforeQueueId), AssignmentViews.dutyOrOff(lookup, c.afterTemplateId, c.afterQueueId),
                c.reason, c.note, c.actor, c.changedAt)).toList();
    }
}
