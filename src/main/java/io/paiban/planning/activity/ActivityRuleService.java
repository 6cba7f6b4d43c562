package io.paiban.planning.activity;

import io.paiban.kernel.ActivityKind;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.site.Site;
import io.paiban.planning.activity.ActivityDtos.ActivityRuleRequest;
import io.paiban.planning.activity.ActivityDtos.ActivityRuleView;
import io.paiban.planning.activity.ActivityDtos.BreakWindowRequest;
import io.paiban.planning.activity.ActivityDtos.BreakWindowView;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.persistence.VersionedCrudService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Recurring group activities (owner of activity_rule). */
@ApplicationScoped
public class ActivityRuleService extends VersionedCrudService<ActivityRule, ActivityRuleRequest, ActivityRuleView> {

    public ActivityRuleService() {
        super(ActivityRule.class, "Activity rule");
    }

    public List<ActivityRuleView> list(Long siteId) {
        List<ActivityRule> rules = siteId == null ? ActivityRule.listAll(Sort.by("id"))
                : ActivityRule.list("siteId is null or siteId = ?1", Sort.by("id"), siteId);
        return rules.stream().map(ActivityRuleView::of).toList();
    }

    @Override
    protected ActivityRuleView view(ActivityRule entity) {
        return ActivityRuleView.of(entity);
    }

    @Override
    protected void apply(ActivityRule rule, ActivityRuleRequest r) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (r.kind().isBreak()) {
            problems.add(Problem.InvalidParam.field("kind", "breaks and lunch are placed in break windows, not by rules"));
        }
        if (r.siteId() != null && Site.findById(r.siteId()) == null) {
            problems.add(Problem.InvalidParam.field("siteId", "site " + r.siteId() + " does not exist"));
        }
        if (r.audience() == Audience.TEAM && (r.teamName() == null || r.teamName().isBlank())) {
            problems.add(Problem.InvalidParam.field("teamName", "required for audience TEAM"));
        }
        if (r.audience() == Audience.QUEUE && (r.queueId() == null || ServiceQueue.findById(r.queueId()) == null)) {
            problems.add(Problem.InvalidParam.field("queueId", "an existing queue is required for audience QUEUE"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        rule.siteId = r.siteId();
        rule.name = r.name();
        rule.kind = r.kind();
        rule.audience = r.audience();
        rule.teamName = r.audience() == Audience.TEAM ? r.teamName() : null;
        rule.queueId = r.audience() == Audience.QUEUE ? r.queueId() : null;
        rule.dayOfWeek = r.dayOfWeek();
        rule.startTime = r.startTime();
        rule.durationMinutes = r.durationMinutes();
        rule.paid = r.paid() == null || r.paid();
        rule.active = r.active() == null || r.active();
    }

    /** Break windows of the shift templates (owner of break_window). */
    @ApplicationScoped
    public static class BreakWindowService extends VersionedCrudService<BreakWindow, BreakWindowRequest, BreakWindowView> {

        public BreakWindowService() {
            super(BreakWindow.class, "Break window");
        }

        public List<BreakWindowView> list(Long templateId) {
            List<BreakWindow> ws = templateId == null ? BreakWindow.listAll(Sort.by("templateId").and("earliestStart"))
                    : BreakWindow.list("templateId", Sort.by("earliestStart"), templateId);
            return ws.stream().map(BreakWindowView::of).toList();
        }

        @Override
        protected BreakWindowView view(BreakWindow entity) {
            return BreakWindowView.of(entity);
        }

        @Override
        protected void apply(BreakWindow w, BreakWindowRequest r) {
            List<Problem.InvalidParam> problems = new ArrayList<>();
            ShiftTemplate t = ShiftTemplate.findById(r.templateId());
            if (t == null) {
                problems.add(Problem.InvalidParam.field("templateId", "shift template " + r.templateId() + " does not exist"));
            }
            if (!r.kind().isBreak()) {
                problems.add(Problem.InvalidParam.field("kind", "BREAK or LUNCH"));
            }
            for (var e : java.util.Map.of("earliestStart", r.earliestStart(), "latestStart", r.latestStart(), "fixedStart", r.fixedStart()).entrySet()) {
                if (e.getValue().getMinute() % ActivityPlanningService.SLOT_MINUTES != 0 || e.getValue().getSecond() != 0) {
                    problems.add(Problem.InvalidParam.field(e.getKey(), "must be on a quarter hour"));
                }
            }
            if (r.durationMinutes() % ActivityPlanningService.SLOT_MINUTES != 0) {
                problems.add(Problem.InvalidParam.field("durationMinutes", "must be a multiple of 15"));
            }
            if (t != null && problems.isEmpty()) {
                int earliest = offset(t, r.earliestStart());
                int latest = offset(t, r.latestStart());
                int fixed = offset(t, r.fixedStart());
                if (latest < earliest) {
                    problems.add(Problem.InvalidParam.field("latestStart", "is before earliestStart"));
                } else if (fixed < earliest || fixed > latest) {
                    problems.add(Problem.InvalidParam.field("fixedStart", "must lie in the window"));
                } else if (latest + r.durationMinutes() > t.durationMinutes()) {
                    problems.add(Problem.InvalidParam.field("latestStart", "a break starting then ends after the shift"));
                }
            }
            if (!problems.isEmpty()) {
                throw ApiException.invalid(problems);
            }
            w.templateId = r.templateId();
            w.kind = r.kind();
            w.durationMinutes = r.durationMinutes();
            w.earliestStart = r.earliestStart();
            w.latestStart = r.latestStart();
            w.fixedStart = r.fixedStart();
            w.paid = r.paid() != null ? r.paid() : r.kind() == ActivityKind.BREAK;
        }

        /** Minutes from the template's start to the local time (the next day when before the start). */
        static int offset(ShiftTemplate t, LocalTime time) {
            int m = time.toSecondOfDay() / 60 - t.startTime.toSecondOfDay() / 60;
            return m < 0 ? m + 24 * 60 : m;
        }
    }
}
