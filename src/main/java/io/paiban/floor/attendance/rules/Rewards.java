package io.paiban.floor.attendance.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Award amounts, the mentor awards and the level ladder (seed 004: awards are typically 100-300 yuan). */
public final class Rewards {

    private Rewards() {
    }

    /**
     * @param best         amounts of best employee places 1, 2, 3 (300, 200, 100)
     * @param mostImproved amount of the most-improved award (100)
     * @param mentor       amounts of the three fastest mentors (150, 100, 50)
     */
    public record AwardPolicy(List<BigDecimal> best, BigDecimal mostImproved, List<BigDecimal> mentor) {
        public static final AwardPolicy DEFAULTS = new AwardPolicy(
                List.of(new BigDecimal("300.00"), new BigDecimal("200.00"), new BigDecimal("100.00")), new BigDecimal("100.00"),
                List.of(new BigDecimal("150.00"), new BigDecimal("100.00"), new BigDecimal("50.00")));
    }

    /** A trainee with a mentor, the day training on the floor started and the day the trainee reached target (null: not yet). */
    public record Trainee(long traineeId, long mentorId, LocalDate startedOn, LocalDate reachedTargetOn) {
        public long daysToTarget() {
            return ChronoUnit.DAYS.between(startedOn, reachedTargetOn);
        }
    }

    public record MentorAward(int place, long mentorId, long traineeId, long daysToTarget, BigDecimal amount) {
    }

    /**
     * The mentors whose trainees reached target fastest, among trainees reaching it in [from, to]: each mentor counts
     * with the fastest of those trainees; ties by the earlier target date, then the mentor id. At most as many as the
     * policy has amounts (three).
     */
    public static List<MentorAward> mentorAwards(AwardPolicy p, List<Trainee> trainees, LocalDate from, LocalDate to) {
        Map<Long, Trainee> fastest = new LinkedHashMap<>();
        Comparator<Trainee> speed = Comparator.comparingLong(Trainee::daysToTarget).thenComparing(Trainee::reachedTargetOn)
                .thenComparingLong(Trainee::mentorId);
        for (Trainee t : trainees) {
            if (t.reachedTargetOn() == null || t.reachedTargetOn().isBefore(from) || t.reachedTargetOn().isAfter(to)) {
                continue;
            }
            fastest.merge(t.mentorId(), t, (a, b) -> speed.compare(a, b) <= 0 ? a : b);
        }
        List<Trainee> ordered = new ArrayList<>(fastest.values());
        ordered.sort(speed);
        List<MentorAward> out = new ArrayList<>();
        for (int i = 0; i < ordered.size() && i < p.mentor().size(); i++) {
            Trainee t = ordered.get(i);
            out.add(new MentorAward(i + 1, t.mentorId(), t.traineeId(), t.daysToTarget(), p.mentor().get(i)));
        }
        return out;
    }

    /**
     * The level ladder: level {@code n+1} is reached when the agent ranked in the top {@code topShare} of the ranking
     * in each of the last {@code months} months; a level is never lost by the ladder (demotion is a supervisor's call).
     *
     * @param rankShares the agent's rank / ranked agents of the last months, most recent last (1/20 = 0.05)
     */
    public static int nextLevel(int level, int maxLevel, List<Double> rankShares, int months, double topShare) {
        if (level >= maxLevel || rankShares.size() < months) {
            return level;
        }
        for (double share : rankShares.subList(rankShares.size() - months, rankShares.size())) {
            if (share > topShare) {
                return level;
            }
        }
        return level + 1;
    }
}
