package io.paiban.floor.attendance.assessment;

import io.paiban.floor.attendance.AttendanceMonth;
import io.paiban.floor.attendance.MonthReported;
import io.paiban.floor.attendance.assessment.AssessmentDtos.AssessmentView;
import io.paiban.floor.attendance.assessment.AssessmentDtos.MonthlyAssessmentView;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monthly assessment of a site: the month's attendance record (adherence, verified complaints, dismissal
 * flags) and performance inputs (contacts, handle time, QA) ranked by {@link Ranking}. Stored per agent and
 * month; generating again replaces the month.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    AccessScope scope;

    @Transactional
    public MonthlyAssessmentView generateChecked(long siteId, YearMonth month, Instant now) {
        scope.requireSite(siteId);
        generate(siteId, month, now);
        return view(siteId, month);
    }

    /** The assessment of a month follows its attendance report, in the attendance job's transaction. */
    void onMonthReported(@Observes MonthReported reported) {
        generate(reported.siteId(), reported.month(), reported.at());
    }

    @Transactional
    public int generate(long siteId, YearMonth month, Instant now) {
        if (Site.findById(siteId) == null) {
            throw ApiException.notFound("Site", siteId);
        }
        LocalDate first = month.atDay(1);
        Map<Long, AttendanceMonth> attendance = AttendanceMonth.<AttendanceMonth>list("siteId = ?1 and monthStart = ?2", siteId, first)
                .stream().collect(Collectors.toMap(m -> m.agentId, m -> m));
        Map<Long, AgentPerformance> performance = AgentPerformance.<AgentPerformance>find(
                        "select p from AgentPerformance p, Agent a where a.id = p.agentId and a.site.id = ?1 and p.monthStart = ?2",
                        siteId, first).list()
                .stream().collect(Collectors.toMap(p -> p.agentId, p -> p));
        Map<Long, Integer> previous = AgentAssessment.<AgentAssessment>list("siteId = ?1 and monthStart = ?2", siteId,
                first.minusMonths(1)).stream().collect(Collectors.toMap(a -> a.agentId, a -> a.rank));
        Set<Long> agentIds = new HashSet<>(attendance.keySet());
        agentIds.addAll(performance.keySet());
        Map<Long, Agent> agents = agentIds.isEmpty() ? Map.of()
                : Agent.<Agent>list("id in ?1", agentIds).stream().collect(Collectors.toMap(a -> a.id, a -> a));

        List<Ranking.Input> inputs = agentIds.stream().map(id -> {
            AttendanceMonth m = attendance.get(id);
            AgentPerformance p = performance.get(id);
            boolean majorError = (p != null && p.majorError) || (m != null && m.dismissalFlag);
            return new Ranking.Input(id, p == null ? 0 : p.contactsHandled, p == null ? 0 : p.handleSeconds,
                    m == null ? null : m.adherence(), m == null ? 0 : m.complaints,
                    p == null || p.qaScore == null ? null : p.qaScore.doubleValue(), majorError, previous.get(id));
        }).toList();

        AgentAssessment.delete("siteId = ?1 and monthStart = ?2", siteId, first);
        // an agent who moved site keeps one assessment per month: the latest site's
        if (!agentIds.isEmpty()) {
            AgentAssessment.delete("agentId in ?1 and monthStart = ?2", agentIds, first);
        }
        for (Ranking.Ranked r : Ranking.rank(inputs)) {
            AgentAssessment a = new AgentAssessment();
            Ranking.Input in = r.input();
            a.agentId = in.agentId();
            a.siteId = siteId;
            a.monthStart = first;
            a.teamName = agents.get(in.agentId()).teamName;
            a.contactsHandled = in.contactsHandled();
            a.avgHandleSeconds = in.averageHandleSeconds();
            a.adherence = in.adherence();
            a.complaints = in.complaints();
            a.qaScore = in.qaScore();
            a.majorError = in.majorError();
            a.score = Math.round(r.score() * 100) / 100.0;
            a.rank = r.rank();
            a.previousRank = in.previousRank();
            a.award = r.award();
            a.generatedAt = now;
            a.persist();
        }
        return inputs.size();
    }

    public MonthlyAssessmentView viewChecked(long siteId, YearMonth month) {
        scope.requireSite(siteId);
        return view(siteId, month);
    }

    MonthlyAssessmentView view(long siteId, YearMonth month) {
        List<AgentAssessment> rows = AgentAssessment.list("siteId = ?1 and monthStart = ?2", Sort.by("rank"), siteId, month.atDay(1));
        if (rows.isEmpty()) {
            throw ApiException.notFound("Assessment of site " + siteId + " for", month);
        }
        List<AssessmentView> ranking = views(rows);
        return new MonthlyAssessmentView(siteId, month.toString(), rows.get(0).generatedAt, ranking,
                ranking.stream().filter(v -> v.award() != null && v.award().name().startsWith("BEST")).toList(),
                ranking.stream().filter(v -> v.award() == Award.MOST_IMPROVED).findFirst().orElse(null),
                ranking.stream().filter(v -> v.award() == Award.BOTTOM).toList());
    }

    /** One agent's assessment, for the agent's own view. */
    public AssessmentView agentMonth(long agentId, YearMonth month) {
        AgentAssessment row = AgentAssessment.<AgentAssessment>find("agentId = ?1 and monthStart = ?2", agentId, month.atDay(1))
                .firstResult();
        if (row == null) {
            throw ApiException.notFound("Assessment of agent " + agentId + " for", month);
        }
        return views(List.of(row)).get(0);
    }

    private static List<AssessmentView> views(List<AgentAssessment> rows) {
        Set<Long> ids = rows.stream().map(r -> r.agentId).collect(Collectors.toSet());
        Map<Long, Agent> agents = new HashMap<>();
        Agent.<Agent>list("id in ?1", ids).forEach(a -> agents.put(a.id, a));
        return rows.stream().map(r -> {
            Agent a = agents.get(r.agentId);
            return new AssessmentView(r.agentId, a.employeeNo, a.fullName, r.teamName, r.rank, r.previousRank, r.score, r.award,
                    r.contactsHandled, r.avgHandleSeconds, r.adherence, r.complaints, r.qaScore, r.majorError);
        }).toList();
    }
}
