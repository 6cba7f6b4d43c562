package io.paiban.floor.attendance.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The monthly ranking of a site's agents (docs/attendance.md, "Assessment"). Composite score out of 100:
 * <pre>
 *   30 x contacts / most contacts of the site
 * + 15 x shortest average handle time of the site / own average handle time  (0 without contacts)
 * + 30 x QA score / 100                                                     (0 without a score)
 * + 25 x schedule adherence                                                  (0 without scheduled time)
 * - 10 per verified complaint
 * </pre>
 * Ties go to the higher QA score, then fewer complaints, then the lower agent id. Best employees are the first
 * three without a major error (a dismissal flag counts as one); most improved is the biggest rise in rank since
 * last month (without a major error, not already a best employee); the bottom list is the last 10% of the ranking (at least one agent, never
 * an awarded one).
 */
public final class Ranking {

    static final double VOLUME_WEIGHT = 30;
    static final double SPEED_WEIGHT = 15;
    static final double QUALITY_WEIGHT = 30;
    static final double ADHERENCE_WEIGHT = 25;
    static final double COMPLAINT_PENALTY = 10;
    static final double BOTTOM_SHARE = 0.10;

    private Ranking() {
    }

    /** One agent's month: {@code previousRank} null when the agent was not ranked last month. */
    public record Input(long agentId, int contactsHandled, long handleSeconds, Double adherence, int complaints, Double qaScore,
                        boolean majorError, Integer previousRank) {

        Double averageHandleSeconds() {
            return contactsHandled == 0 ? null : (double) handleSeconds / contactsHandled;
        }
    }

    public record Ranked(Input input, double score, int rank, Award award) {
    }

    public static List<Ranked> rank(List<Input> inputs) {
        int mostContacts = inputs.stream().mapToInt(Input::contactsHandled).max().orElse(0);
        double fastest = inputs.stream().map(Input::averageHandleSeconds).filter(a -> a != null && a > 0)
                .mapToDouble(Double::doubleValue).min().orElse(0);
        record Scored(Input input, double score) {
        }
        List<Scored> scored = new ArrayList<>(inputs.stream().map(i -> new Scored(i, score(i, mostContacts, fastest))).toList());
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score())
                .thenComparing(s -> -(s.input().qaScore() == null ? -1 : s.input().qaScore()))
                .thenComparingInt(s -> s.input().complaints())
                .thenComparingLong(s -> s.input().agentId()));

        Award[] awards = new Award[scored.size()];
        int best = 0;
        for (int i = 0; i < scored.size() && best < 3; i++) {
            if (!scored.get(i).input().majorError()) {
                awards[i] = Award.values()[best++];
            }
        }
        Optional<Integer> improved = mostImproved(scored.stream().map(Scored::input).toList(), awards);
        improved.ifPresent(i -> awards[i] = Award.MOST_IMPROVED);
        int bottom = scored.isEmpty() ? 0 : Math.max(1, (int) Math.ceil(scored.size() * BOTTOM_SHARE));
        for (int i = scored.size() - 1; i >= 0 && bottom > 0; i--, bottom--) {
            if (awards[i] == null) {
                awards[i] = Award.BOTTOM;
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            ranked.add(new Ranked(scored.get(i).input(), scored.get(i).score(), i + 1, awards[i]));
        }
        return ranked;
    }

    static double score(Input i, int mostContacts, double fastest) {
        double volume = mostContacts == 0 ? 0 : (double) i.contactsHandled() / mostContacts;
        Double aht = i.averageHandleSeconds();
        double speed = aht == null || aht <= 0 || fastest <= 0 ? 0 : fastest / aht;
        double quality = i.qaScore() == null ? 0 : i.qaScore() / 100.0;
        double adherence = i.adherence() == null ? 0 : i.adherence();
        return VOLUME_WEIGHT * volume + SPEED_WEIGHT * speed + QUALITY_WEIGHT * quality + ADHERENCE_WEIGHT * adherence
                - COMPLAINT_PENALTY * i.complaints();
    }

    /** Index (in rank order) of the biggest positive rise in rank that has no award yet. */
    private static Optional<Integer> mostImproved(List<Input> ordered, Award[] awards) {
        Integer bestIndex = null;
        int bestRise = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Input in = ordered.get(i);
            if (in.previousRank() == null || in.majorError() || awards[i] != null) {
                continue;
            }
            int rise = in.previousRank() - (i + 1);
            if (rise > bestRise) {
                bestRise = rise;
                bestIndex = i;
            }
        }
        return Optional.ofNullable(bestIndex);
    }
}
