package io.paiban.planning.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarEffectTest {

    private static final int WEEK = 336;
    private static final int DAY = 48;
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int HISTORY_WEEKS = 20;

    /** Three past occurrences on different weekdays, and one in the first forecast week (a Thursday). */
    private static final List<LocalDate> PROMOTION_DAYS = List.of(
            START.plusDays(23), START.plusDays(66), START.plusDays(106), START.plusDays(HISTORY_WEEKS * 7 + 3));

    private static List<EventOccurrence> occurrences(String key) {
        return PROMOTION_DAYS.stream().map(d -> EventOccurrence.of(key, d)).toList();
    }

    private static SyntheticSeries.Generated promoted(long seed, Map<Integer, Double> uplift) {
        SyntheticSeries generator = SyntheticSeries.seed(seed).start(START).weeks(HISTORY_WEEKS + 2).peak(50);
        PROMOTION_DAYS.forEach(d -> generator.promotion(d, uplift));
        return generator.generate();
    }

    private static int dayIndex(LocalDate date) {
        return (int) (date.toEpochDay() - START.toEpochDay()) * DAY;
    }

    @Test
    void knownUpliftIsRecoveredAndAppliedToTheNextOccurrence() {
        SyntheticSeries.Generated data = promoted(31, Map.of(0, 3.0, 1, 1.5));
        IntervalSeries history = data.history(HISTORY_WEEKS * WEEK);
        List<EventOccurrence> events = occurrences("DOUBLE_11");

        EventEffect learned = EventEffectLearner.defaults().learn(history, "DOUBLE_11", events).orElseThrow();
        assertEquals(3, learned.occurrencesUsed());
        assertEquals(3.0, learned.dayFactor(0), 0.3, learned.toString());
        assertEquals(1.5, learned.dayFactor(1), 0.15, learned.toString());
        for (int offset : new int[] {-3, -1, 2, 5}) {
            assertEquals(1.0, learned.dayFactor(offset), 0.1, learned.toString());
        }

        ForecastResult result = VolumeForecaster.withDefaults()
                .forecast(ForecastRequest.of(history, 2 * WEEK).withEvents(events));
        assertEquals(EventEffect.Source.LEARNED, result.appliedEffects().get("DOUBLE_11").source());
        LocalDate next = PROMOTION_DAYS.get(3);
        for (int offset = 0; offset <= 1; offset++) {
            int from = dayIndex(next.plusDays(offset));
            int k = from - history.size();
            double forecast = 0;
            for (int i = 0; i < DAY; i++) {
                forecast += result.forecast().value(k + i);
            }
            double truth = data.expectedSum(from, from + DAY);
            assertEquals(1.0, forecast / truth, 0.1, "day +" + offset + " forecast " + forecast + " truth " + truth);
        }
    }

    @Test
    void preSaleAndAfterSaleQueuesLearnTheirOwnEffects() {
        Map<Integer, Double> preSale = Map.of(-2, 1.5, -1, 2.0, 0, 3.0);
        Map<Integer, Double> afterSale = Map.of(1, 2.0, 2, 2.5, 3, 1.8, 4, 1.3);
        IntervalSeries preHistory = promoted(32, preSale).history(HISTORY_WEEKS * WEEK);
        IntervalSeries afterHistory = promoted(33, afterSale).history(HISTORY_WEEKS * WEEK);
        List<EventOccurrence> events = occurrences("618");
        EventEffectLearner learner = EventEffectLearner.defaults();

        EventEffect pre = learner.learn(preHistory, "618", events).orElseThrow();
        EventEffect after = learner.learn(afterHistory, "618", events).orElseThrow();
        for (int offset = -3; offset <= 7; offset++) {
            double preTruth = preSale.getOrDefault(offset, 1.0);
            double afterTruth = afterSale.getOrDefault(offset, 1.0);
            assertEquals(preTruth, pre.dayFactor(offset), 0.1 * preTruth, "pre-sale day " + offset + " " + pre);
            assertEquals(afterTruth, after.dayFactor(offset), 0.1 * afterTruth,
                    "after-sale day " + offset + " " + after);
        }
    }

    @Test
    void promotionDaysAreMaskedSoTheyDoNotPolluteTheBaseForecast() {
        // Last history occurrence 6 days before the forecast: unmasked, a weekly model would repeat it.
        LocalDate lastPromotion = START.plusDays(HISTORY_WEEKS * 7 - 6);
        SyntheticSeries.Generated data = SyntheticSeries.seed(34).start(START).weeks(HISTORY_WEEKS + 1).peak(50)
                .promotion(START.plusDays(50), Map.of(0, 3.0))
                .promotion(lastPromotion, Map.of(0, 3.0))
                .generate();
        IntervalSeries history = data.history(HISTORY_WEEKS * WEEK);
        List<EventOccurrence> events = List.of(EventOccurrence.of("FLASH", START.plusDays(50)),
                EventOccurrence.of("FLASH", lastPromotion));
        int sameWeekdayNextWeek = dayIndex(lastPromotion.plusDays(7));
        double truth = data.expectedSum(sameWeekdayNextWeek, sameWeekdayNextWeek + DAY);
        int k = sameWeekdayNextWeek - history.size();

        for (ForecastModel model : VolumeForecaster.defaultCandidates()) {
            ForecastRequest request = ForecastRequest.of(history, WEEK).forceModel(model.name());
            double masked = daySum(VolumeForecaster.withDefaults().forecast(request.withEvents(events))
                    .baseForecast(), k);
            assertEquals(1.0, masked / truth, 0.1, model.name() + " masked");
        }
        double unmaskedNaive = daySum(new SeasonalNaive().fit(history).forecast(WEEK), k);
        assertTrue(unmaskedNaive > 2 * truth, "unmasked naive repeats the promotion: " + unmaskedNaive);
    }

    @Test
    void userGivenEffectIsAppliedWhenHistoryHasNoOccurrence() {
        IntervalSeries history = SyntheticSeries.seed(35).start(START).weeks(10).peak(40).generate().observed();
        LocalDate launch = history.end().toLocalDate().plusDays(2);
        EventEffect userEffect = EventEffect.neutral("LAUNCH", 0, 1, 60)
                .withDayFactor(0, 2.0)
                .withFactor(1, LocalTime.of(9, 0), LocalTime.of(12, 0), 1.5);
        ForecastRequest request = ForecastRequest.of(history, WEEK)
                .withEvents(List.of(EventOccurrence.of("LAUNCH", launch)))
                .withUserEffect(userEffect);
        ForecastResult result = VolumeForecaster.withDefaults().forecast(request);

        assertEquals(EventEffect.Source.USER_GIVEN, result.appliedEffects().get("LAUNCH").source());
        for (int k = 0; k < WEEK; k++) {
            int day = k / DAY;
            double hour = (k % DAY) / 2.0;
            double expected = day == 2 ? 2.0 : (day == 3 && hour >= 9 && hour < 12 ? 1.5 : 1.0);
            assertEquals(expected * result.baseForecast().value(k), result.forecast().value(k), 1e-9, "k=" + k);
        }
    }

    @Test
    void noEffectWhenNeitherHistoryNorUserKnowsTheEvent() {
        IntervalSeries history = SyntheticSeries.seed(36).start(START).weeks(8).peak(40).generate().observed();
        ForecastResult result = VolumeForecaster.withDefaults().forecast(ForecastRequest.of(history, WEEK)
                .withEvents(List.of(EventOccurrence.of("UNKNOWN", history.end().toLocalDate().plusDays(1)))));
        assertFalse(result.appliedEffects().containsKey("UNKNOWN"));
        assertEquals(result.baseForecast(), result.forecast());
    }

    private static double daySum(IntervalSeries series, int from) {
        double sum = 0;
        for (int i = from; i < from + DAY; i++) {
            sum += series.value(i);
        }
        return sum;
    }
}
