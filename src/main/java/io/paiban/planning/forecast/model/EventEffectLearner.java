package io.paiban.planning.forecast.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Learns an {@link EventEffect} for one event key on one series from its past occurrences, and masks
 * event windows out of a history so base models fit normal weeks only.
 *
 * <p>Baseline of an event-window interval t: the mean of the same weekday-interval in the
 * {@code baselineWeeks} weeks before and after (t +- w x week), skipping missing values and any interval
 * inside any event window. Using weeks on both sides cancels a linear trend. The factor of (day offset,
 * block) is sum(actual) / sum(baseline) over all occurrences and intervals in the block; a block with
 * little baseline volume is shrunk towards its day's factor (credibility weight {@code shrinkContacts}),
 * so quiet night blocks do not produce wild ratios.
 *
 * <p>Pre-sale and after-sale queues react differently to the same event; the learner works per
 * series, so learning each queue's series separately yields its own pre/post pattern.
 */
public final class EventEffectLearner {

    private final int firstDayOffset;
    private final int lastDayOffset;
    private final int blockMinutes;
    private final int baselineWeeks;
    private final double shrinkContacts;

    public EventEffectLearner(int firstDayOffset, int lastDayOffset, int blockMinutes, int baselineWeeks,
                              double shrinkContacts) {
        if (lastDayOffset < firstDayOffset || baselineWeeks < 1 || shrinkContacts < 0) {
            throw new IllegalArgumentException("bad learner settings");
        }
        if (blockMinutes <= 0 || 1440 % blockMinutes != 0) {
            throw new IllegalArgumentException("block must divide a day: " + blockMinutes);
        }
        this.firstDayOffset = firstDayOffset;
        this.lastDayOffset = lastDayOffset;
        this.blockMinutes = blockMinutes;
        this.baselineWeeks = baselineWeeks;
        this.shrinkContacts = shrinkContacts;
    }

    /** Window -3..+7 days, 4-hour blocks, 3 weeks either side as baseline, shrink weight 50 contacts. */
    public static EventEffectLearner defaults() {
        return new EventEffectLearner(-3, 7, 240, 3, 50);
    }

    public int firstDayOffset() {
        return firstDayOffset;
    }

    public int lastDayOffset() {
        return lastDayOffset;
    }

    /** True for every history interval inside the window of any event in {@code events}. */
    public boolean[] eventWindowMask(IntervalSeries history, List<EventOccurrence> events) {
        boolean[] mask = new boolean[history.size()];
        int perDay = history.intervalsPerDay();
        for (EventOccurrence event : events) {
            int from = history.indexOfDay(event.date().plusDays(firstDayOffset));
            int to = history.indexOfDay(event.date().plusDays(lastDayOffset)) + perDay;
            for (int t = Math.max(0, from); t < Math.min(to, mask.length); t++) {
                mask[t] = true;
            }
        }
        return mask;
    }

    /** {@code history} with all event windows set to missing. */
    public IntervalSeries maskEvents(IntervalSeries history, List<EventOccurrence> events) {
        boolean[] mask = eventWindowMask(history, events);
        double[] values = history.values();
        for (int t = 0; t < values.length; t++) {
            if (mask[t]) {
                values[t] = Double.NaN;
            }
        }
        return history.withValues(values);
    }

    /**
     * The effect of {@code key} learned from its occurrences whose event day lies inside the history;
     * empty when none of them has usable data. {@code allEvents} (any key) is only used for masking
     * baselines.
     */
    public Optional<EventEffect> learn(IntervalSeries history, String key, List<EventOccurrence> allEvents) {
        boolean[] inEvent = eventWindowMask(history, allEvents);
        int perDay = history.intervalsPerDay();
        int week = history.intervalsPerWeek();
        int days = lastDayOffset - firstDayOffset + 1;
        int blocks = 1440 / blockMinutes;
        double[][] actual = new double[days][blocks];
        double[][] baseline = new double[days][blocks];
        int used = 0;
        for (EventOccurrence event : allEvents) {
            if (!event.key().equals(key)) {
                continue;
            }
            int eventDay = history.indexOfDay(event.date());
            if (eventDay < 0 || eventDay >= history.size()) {
                continue;
            }
            boolean contributed = false;
            for (int d = 0; d < days; d++) {
                LocalDate date = event.date().plusDays(firstDayOffset + d);
                int dayStart = history.indexOfDay(date);
                for (int i = 0; i < perDay; i++) {
                    int t = dayStart + i;
                    if (t < 0 || t >= history.size() || history.isMissing(t)) {
                        continue;
                    }
                    double base = baselineAt(history, inEvent, t, week);
                    if (Double.isNaN(base)) {
                        continue;
                    }
                    int block = i * history.intervalMinutes() / blockMinutes;
                    actual[d][block] += history.value(t);
                    baseline[d][block] += base;
                    contributed = true;
                }
            }
            if (contributed) {
                used++;
            }
        }
        if (used == 0) {
            return Optional.empty();
        }
        double[][] factors = new double[days][blocks];
        double[] dayFactors = new double[days];
        for (int d = 0; d < days; d++) {
            double actualDay = Arrays.stream(actual[d]).sum();
            double baseDay = Arrays.stream(baseline[d]).sum();
            dayFactors[d] = baseDay > 0 ? actualDay / baseDay : 1.0;
            for (int b = 0; b < blocks; b++) {
                factors[d][b] = (actual[d][b] + shrinkContacts * dayFactors[d])
                        / (baseline[d][b] + shrinkContacts);
            }
        }
        return Optional.of(new EventEffect(key, firstDayOffset, blockMinutes, factors, dayFactors,
                EventEffect.Source.LEARNED, used));
    }

    private double baselineAt(IntervalSeries history, boolean[] inEvent, int t, int week) {
        double sum = 0;
        int count = 0;
        for (int w = 1; w <= baselineWeeks; w++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                int s = t + sign * w * week;
                if (s >= 0 && s < history.size() && !inEvent[s] && !history.isMissing(s)) {
                    sum += history.value(s);
                    count++;
                }
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
