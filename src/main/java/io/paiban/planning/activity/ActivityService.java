package io.paiban.planning.activity;

import io.paiban.kernel.ActivityKind;
import io.paiban.kernel.AgentStatus;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.training.TrainingDtos.CompletionRequest;
import io.paiban.masterdata.training.TrainingService;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.planning.activity.ActivityDtos.ActivityRequest;
import io.paiban.planning.activity.ActivityDtos.ActivityView;
import io.paiban.planning.activity.ActivityDtos.GroupActivityRequest;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.persistence.Filter;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.security.AccessScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Booked (MANUAL) activities of agent-days, group bookings, and the completion of training activities. */
@ApplicationScoped
public class ActivityService extends VersionedCrudService<ShiftActivity, ActivityRequest, ActivityView> {

    @Inject
    AccessScope scope;

    @Inject
    TrainingService training;

    public ActivityService() {
        super(ShiftActivity.class, "Activity");
    }

    public List<ActivityView> list(Long rosterId, Long siteId, Long agentId, LocalDate from, LocalDate to, ActivityKind kind) {
        if (from == null || to == null) {
            throw ApiException.invalidField(from == null ? "from" : "to", "required (ISO date)");
        }
        if (to.isBefore(from) || to.isAfter(from.plusDays(62))) {
            throw ApiException.invalidField("to", "must be on or after from and at most 62 days later");
        }
        if (agentId != null) {
            scope.requireAgent(agentId);
        } else if (siteId != null) {
            scope.requireSite(siteId);
        } else {
            throw ApiException.invalidField("siteId", "give siteId or agentId");
        }
        Filter f = new Filter().eq("rosterId", rosterId).eq("siteId", siteId).eq("agentId", agentId).eq("kind", kind)
                .atLeast("workDate", from).atMost("workDate", to);
        return ShiftActivity.<ShiftActivity>list(f.query(), Sort.by("startsAt").and("agentId").and("id"), f.params()).stream()
                .map(ActivityView::of).toList();
    }

    @Override
    protected void authorize(ShiftActivity entity) {
        scope.requireSite(entity.siteId);
    }

    @Override
    protected ActivityView view(ShiftActivity entity) {
        return ActivityView.of(entity);
    }

    @Override
    protected void apply(ShiftActivity a, ActivityRequest request) {
        if (a.id != null && a.source != ActivitySource.MANUAL) {
            throw ApiException.invalidField("id", "a " + a.source + " activity is rebuilt by planning; plan the roster again instead");
        }
        Agent agent = Agent.findById(request.agentId());
        if (agent == null) {
            throw ApiException.invalidField("agentId", "agent " + request.agentId() + " does not exist");
        }
        scope.requireSite(agent.site.id);
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (!request.endsAt().isAfter(request.startsAt())) {
            problems.add(Problem.InvalidParam.field("endsAt", "must be after startsAt"));
        } else if (Duration.between(request.startsAt(), request.endsAt()).toHours() > 12) {
            problems.add(Problem.InvalidParam.field("endsAt", "an activity lasts at most 12 hours"));
        }
        if (request.trainingCourseId() != null && request.kind() != ActivityKind.TRAINING) {
            problems.add(Problem.InvalidParam.field("trainingCourseId", "only a TRAINING activity names a course"));
        }
        if (request.trainingCourseId() != null) {
            training.find(request.trainingCourseId());
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        a.siteId = agent.site.id;
        a.agentId = agent.id;
        a.workDate = request.workDate();
        a.kind = request.kind();
        a.source = ActivitySource.MANUAL;
        a.title = request.title();
        a.startsAt = request.startsAt();
        a.endsAt = request.endsAt();
        a.paid = request.paid() == null || request.paid();
        a.trainingCourseId = request.trainingCourseId();
    }

    /** One activity per agent of the group (active agents of the site: a team, those certified on a queue, or all). */
    @Transactional
    public List<ActivityView> bookGroup(GroupActivityRequest request) {
        Site site = Site.findById(request.siteId());
        if (site == null) {
            throw ApiException.invalidField("siteId", "site " + request.siteId() + " does not exist");
        }
        scope.requireSite(site.id);
        if (request.audience() == Audience.TEAM && request.teamName() == null) {
            throw ApiException.invalidField("teamName", "required for audience TEAM");
        }
        if (request.audience() == Audience.QUEUE && request.queueId() == null) {
            throw ApiException.invalidField("queueId", "required for audience QUEUE");
        }
        if (request.audience() == Audience.DAY_SHIFT || request.audience() == Audience.NIGHT_SHIFT) {
            throw ApiException.invalidField("audience", "a booking goes to ALL, a TEAM or a QUEUE; shift audiences are for recurring rules");
        }
        if (request.trainingCourseId() != null) {
            training.find(request.trainingCourseId());
        }
        ZonedDateTime from = request.date().atTime(request.startTime()).atZone(site.zone());
        List<ShiftActivity> created = new ArrayList<>();
        for (Agent agent : Agent.<Agent>list("site.id = ?1 and status = ?2", Sort.by("id"), site.id, AgentStatus.ACTIVE)) {
            boolean member = switch (request.audience()) {
                case TEAM -> request.teamName().equals(agent.teamName);
                case QUEUE -> agent.certifications.stream().anyMatch(c -> c.queueId.equals(request.queueId()));
                default -> true;
            };
            if (!member) {
                continue;
            }
            ShiftActivity a = new ShiftActivity();
            a.siteId = site.id;
            a.agentId = agent.id;
            a.workDate = request.date();
            a.kind = request.kind();
            a.source = ActivitySource.MANUAL;
            a.title = request.title();
            a.startsAt = from.toInstant();
            a.endsAt = from.plusMinutes(request.durationMinutes()).toInstant();
            a.paid = true;
            a.trainingCourseId = request.trainingCourseId();
            a.persist();
            created.add(a);
        }
        return created.stream().map(ActivityView::of).toList();
    }

    /** Marks the activity done; a training activity naming a course records the agent's completion on its work date. */
    @Transactional
    public ActivityView complete(long id) {
        ShiftActivity a = findVisible(id);
        a.completed = true;
        if (a.kind == ActivityKind.TRAINING && a.trainingCourseId != null) {
            training.recordCompletion(a.trainingCourseId, new CompletionRequest(a.agentId, a.workDate), a.id);
        }
        return ActivityView.of(a);
    }
}
