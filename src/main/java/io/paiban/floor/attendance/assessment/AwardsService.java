package io.paiban.floor.attendance.assessment;

import io.paiban.floor.attendance.FloorRulesConfig;
import io.paiban.floor.attendance.rules.Rewards;
import io.paiban.floor.attendance.rules.Rewards.AwardPolicy;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Awards paid for a month (owner of mentorship): best employee places 1-3 and most improved from the month's
 * assessment ranking, with the configured amounts; mentor awards for the three mentors whose trainees reached target
 * fastest that month; and the level ladder's promotion candidates (top {@value #LADDER_TOP_PERCENT} % of the ranking in
 * each of the last {@value #LADDER_MONTHS} assessed months).
 */
@ApplicationScoped
public class AwardsService {

    static final int LADDER_MONTHS = 3;
    static final int LADDER_TOP_PERCENT = 20;

    @Inject
    AccessScope scope;

    @Inject
    FloorRulesConfig rules;

    @Schema(name = "MentorshipRequest")
    public record MentorshipRequest(@NotNull Long traineeId, @NotNull Long mentorId, @NotNull LocalDate startedOn, LocalDate reachedTargetOn) {
    }

    @Schema(name = "Mentorship")
    public record MentorshipView(long id, long traineeId, long mentorId, LocalDate startedOn, LocalDate reachedTargetOn) {
    }

    @Schema(name = "AwardPayout")
    public record Payout(String award, long agentId, String employeeNo, String fullName, BigDecimal amount, String basis) {
    }

    @Schema(name = "MonthAwards", description = "Awards of a site's month with amounts; promotionCandidates: agents in the top 20 % "
            + "of the ranking in each of the last 3 assessed months")
    public record AwardsView(long siteId, String month, List<Payout> payouts, BigDecimal total, List<Long> promotionCandidates) {
    }

    /** Records or replaces the trainee's mentorship (one per trainee). */
    @Transactional
    public MentorshipView mentor(MentorshipRequest r) {
        Agent trainee = agent("traineeId", r.traineeId());
        Agent mentor = agent("mentorId", r.mentorId());
        if (trainee.id.equals(mentor.id)) {
            throw ApiException.invalidField("mentorId", "a trainee is not their own mentor");
        }
        if (r.reachedTargetOn() != null && r.reachedTargetOn().isBefore(r.startedOn())) {
            throw ApiException.invalidField("reachedTargetOn", "is before startedOn");
        }
        Mentorship m = Mentorship.<Mentorship>find("traineeAgentId", trainee.id).firstResultOptional().orElseGet(Mentorship::new);
        m.traineeAgentId = trainee.id;
        m.mentorAgentId = mentor.id;
        m.startedOn = r.startedOn();
        m.reachedTargetOn = r.reachedTargetOn();
        m.persistAndFlush();
        return new MentorshipView(m.id, m.traineeAgentId, m.mentorAgentId, m.startedOn, m.reachedTargetOn);
    }

    public AwardsView awards(long siteId, YearMonth month) {
        scope.requireSite(siteId);
        AwardPolicy policy = rules.awards();
        LocalDate first = month.atDay(1);
        List<AgentAssessment> ranking = AgentAssessment.list("siteId = ?1 and monthStart = ?2", Sort.by("rank"), siteId, first);
        Map<Long, Agent> agents = new HashMap<>();
        List<Payout> payouts = new ArrayList<>();
        for (AgentAssessment a : ranking) {
            if (a.award == null || a.award == Award.BOTTOM) {
                continue;
            }
            BigDecimal amount = switch (a.award) {
                case BEST_1 -> policy.best().get(0);
                case BEST_2 -> policy.best().get(1);
                case BEST_3 -> policy.best().get(2);
                default -> policy.mostImproved();
            };
            String basis = a.award == Award.MOST_IMPROVED ? "rank " + a.previousRank + " to " + a.rank : "rank " + a.rank + ", no major error";
            payouts.add(payout(a.award.name(), a.agentId, amount, basis, agents));
        }
        List<Rewards.Trainee> trainees = Mentorship.<Mentorship>find("select m from Mentorship m, Agent a where a.id = m.mentorAgentId and a.site.id = ?1",
                siteId).list().stream().map(m -> new Rewards.Trainee(m.traineeAgentId, m.mentorAgentId, m.startedOn, m.reachedTargetOn)).toList();
        for (Rewards.MentorAward m : Rewards.mentorAwards(policy, trainees, first, month.atEndOfMonth())) {
            payouts.add(payout("MENTOR_" + m.place(), m.mentorId(), m.amount(), "trainee " + m.traineeId() + " reached target in "
                    + m.daysToTarget() + " days", agents));
        }
        return new AwardsView(siteId, month.toString(), payouts, payouts.stream().map(Payout::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                promotionCandidates(siteId, month));
    }

    private List<Long> promotionCandidates(long siteId, YearMonth month) {
        Map<Long, List<Double>> shares = new HashMap<>();
        for (int k = LADDER_MONTHS - 1; k >= 0; k--) {
            List<AgentAssessment> rows = AgentAssessment.list("siteId = ?1 and monthStart = ?2", siteId, month.minusMonths(k).atDay(1));
            for (AgentAssessment a : rows) {
                shares.computeIfAbsent(a.agentId, x -> new ArrayList<>()).add((double) a.rank / rows.size());
            }
        }
        return shares.entrySet().stream()
                .filter(e -> Rewards.nextLevel(0, Integer.MAX_VALUE, e.getValue(), LADDER_MONTHS, LADDER_TOP_PERCENT / 100.0) > 0)
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static Payout payout(String award, long agentId, BigDecimal amount, String basis, Map<Long, Agent> agents) {
        Agent a = agents.computeIfAbsent(agentId, id -> Agent.findById(id));
        return new Payout(award, agentId, a.employeeNo, a.fullName, amount, basis);
    }

    private Agent agent(String field, long id) {
        Agent a = Agent.findById(id);
        if (a == null) {
            throw ApiException.invalidField(field, "agent " + id + " does not exist");
        }
        scope.requireAgent(id);
        return a;
    }
}
