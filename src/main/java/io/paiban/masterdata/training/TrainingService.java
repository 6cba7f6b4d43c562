package io.paiban.masterdata.training;

import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.masterdata.training.TrainingDtos.CompletionRequest;
import io.paiban.masterdata.training.TrainingDtos.TrainingCourseRequest;
import io.paiban.masterdata.training.TrainingDtos.TrainingCourseView;
import io.paiban.masterdata.training.TrainingDtos.TrainingStatus;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.masterdata.workforce.Certification;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.persistence.VersionedCrudService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training before sale (owner of training_course, training_course_queue, training_completion). The rule: an agent
 * certified on a queue of a course before its deadline, who has no completion dated before the deadline, loses the
 * certification for that queue from the deadline on. An agent certified on or after the deadline was trained as part
 * of that certification and keeps it.
 */
@ApplicationScoped
public class TrainingService extends VersionedCrudService<TrainingCourse, TrainingCourseRequest, TrainingCourseView> {

    public TrainingService() {
        super(TrainingCourse.class, "Training course");
    }

    public List<TrainingCourseView> list(LocalDate from, LocalDate to) {
        return TrainingCourse.<TrainingCourse>listAll(Sort.by("deadline").and("id")).stream()
                .filter(c -> (from == null || !c.deadline.isBefore(from)) && (to == null || !c.deadline.isAfter(to)))
                .map(TrainingCourseView::of).toList();
    }

    @Override
    protected TrainingCourseView view(TrainingCourse entity) {
        return TrainingCourseView.of(entity);
    }

    @Override
    protected void apply(TrainingCourse course, TrainingCourseRequest request) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        for (Long q : request.queueIds()) {
            if (q == null || ServiceQueue.findById(q) == null) {
                problems.add(Problem.InvalidParam.field("queueIds", "queue " + q + " does not exist"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        course.name = request.name();
        course.product = request.product();
        course.deadline = request.deadline();
        course.durationMinutes = request.durationMinutes();
        course.note = request.note();
        course.queueIds.clear();
        course.queueIds.addAll(request.queueIds());
    }

    /** Records (or moves to an earlier date) the agent's completion of the course; idempotent. */
    @Transactional
    public void recordCompletion(long courseId, CompletionRequest request, Long activityId) {
        find(courseId);
        if (Agent.findById(request.agentId()) == null) {
            throw ApiException.invalidField("agentId", "agent " + request.agentId() + " does not exist");
        }
        TrainingCompletion c = TrainingCompletion.<TrainingCompletion>find("courseId = ?1 and agentId = ?2", courseId, request.agentId())
                .firstResult();
        if (c == null) {
            c = new TrainingCompletion();
            c.courseId = courseId;
            c.agentId = request.agentId();
            c.completedOn = request.completedOn();
            c.activityId = activityId;
            c.persist();
        } else if (request.completedOn().isBefore(c.completedOn)) {
            c.completedOn = request.completedOn();
            c.activityId = activityId;
        }
    }

    /**
     * Per agent, the queues whose certification lapses and the first date it no longer holds: courses with a
     * deadline on or before {@code until}, agents certified on their queues before the deadline and without a
     * completion dated before it. Where two courses lapse the same queue, the earlier deadline counts.
     */
    public Map<Long, Map<Long, LocalDate>> lapses(Collection<Agent> agents, LocalDate until) {
        Map<Long, Map<Long, LocalDate>> result = new HashMap<>();
        List<TrainingCourse> courses = TrainingCourse.list("deadline <= ?1", until);
        if (courses.isEmpty() || agents.isEmpty()) {
            return result;
        }
        Map<Long, Map<Long, LocalDate>> completions = completions(courses);
        for (TrainingCourse course : courses) {
            for (Agent a : agents) {
                LocalDate done = completions.getOrDefault(course.id, Map.of()).get(a.id);
                if (done != null && done.isBefore(course.deadline)) {
                    continue;
                }
                for (Certification c : a.certifications) {
                    if (course.queueIds.contains(c.queueId) && c.certifiedOn.isBefore(course.deadline)) {
                        result.computeIfAbsent(a.id, k -> new HashMap<>()).merge(c.queueId, course.deadline,
                                (x, y) -> x.isBefore(y) ? x : y);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Training minutes still to be given at a site, by the day before each deadline in [from, to + 1]: per course,
     * its minutes for every ACTIVE or TRAINEE agent of the site certified on one of its queues before the deadline
     * and without a completion dated before it. The capacity plan adds them to the hours it needs.
     */
    public Map<LocalDate, Integer> pendingTrainingMinutes(long siteId, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> minutes = new HashMap<>();
        List<TrainingCourse> courses = TrainingCourse.list("deadline > ?1 and deadline <= ?2", from, to.plusDays(1));
        if (courses.isEmpty()) {
            return minutes;
        }
        Map<Long, Map<Long, LocalDate>> done = completions(courses);
        List<Agent> agents = Agent.list("site.id = ?1 and status <> ?2", siteId, io.paiban.kernel.AgentStatus.LEFT);
        for (TrainingCourse course : courses) {
            for (Agent a : agents) {
                LocalDate completed = done.getOrDefault(course.id, Map.of()).get(a.id);
                boolean needs = a.certifications.stream().anyMatch(c -> course.queueIds.contains(c.queueId) && c.certifiedOn.isBefore(course.deadline));
                if (needs && (completed == null || !completed.isBefore(course.deadline))) {
                    minutes.merge(course.deadline.minusDays(1), course.durationMinutes, Integer::sum);
                }
            }
        }
        return minutes;
    }

    /** Every agent certified on one of the course's queues (before its deadline): trained in time or not. */
    public List<TrainingStatus> status(long courseId) {
        TrainingCourse course = find(courseId);
        Map<Long, LocalDate> done = completions(List.of(course)).getOrDefault(course.id, Map.of());
        List<TrainingStatus> result = new ArrayList<>();
        for (Agent a : Agent.<Agent>listAll(Sort.by("id"))) {
            List<Long> queues = a.certifications.stream()
                    .filter(c -> course.queueIds.contains(c.queueId) && c.certifiedOn.isBefore(course.deadline))
                    .map(c -> c.queueId).sorted().toList();
            if (queues.isEmpty()) {
                continue;
            }
            LocalDate completed = done.get(a.id);
            boolean inTime = completed != null && completed.isBefore(course.deadline);
            result.add(new TrainingStatus(a.id, a.employeeNo, a.fullName, completed, inTime, inTime ? List.of() : queues,
                    inTime ? null : course.deadline));
        }
        return result;
    }

    private static Map<Long, Map<Long, LocalDate>> completions(List<TrainingCourse> courses) {
        Map<Long, Map<Long, LocalDate>> byCourse = new HashMap<>();
        List<Long> ids = courses.stream().map(c -> c.id).toList();
        for (TrainingCompletion c : TrainingCompletion.<TrainingCompletion>list("courseId in ?1", ids)) {
            byCourse.computeIfAbsent(c.courseId, k -> new HashMap<>()).put(c.agentId, c.completedOn);
        }
        return byCourse;
    }
}
