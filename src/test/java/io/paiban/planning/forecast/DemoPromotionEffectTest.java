package io.paiban.planning.forecast;

import io.paiban.planning.forecast.model.EventEffect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo generator multiplies Double 11 demand by a known factor per day offset and queue function
 * (pre-sale before and on the day, after-sale for ten days after). Learning from the generated history
 * must recover those factors within 10%, separately per function.
 */
class DemoPromotionEffectTest {

    static List<DemoSeries.Queue> queues;

    @BeforeAll
    static void generate() {
        LocalDate end = LocalDate.of(2026, 11, 30);
        queues = DemoSeries.queues(DemoSeries.center(8, 16, end), 16, end);
    }

    private static EventEffect learned(String queueCode) {
        DemoSeries.Queue q = queues.stream().filter(x -> x.spec().code().equals(queueCode)).findFirst().orElseThrow();
        return QueueForecaster.LEARNER.learn(q.series().volume(), "DOUBLE_11", q.events()).orElseThrow();
    }

    @Test
    void afterSaleSurgeFollowsTheEventDayByDay() {
        double[] truth = {1.2, 1.6, 2.2, 2.0, 1.8, 1.6, 1.4, 1.3, 1.2, 1.1, 1.05};
        for (String code : List.of("TM-CHAT-AFTER", "PDD-CHAT-AFTER")) {
            EventEffect effect = learned(code);
            for (int d = -3; d <= -1; d++) {
                assertEquals(1.0, effect.dayFactor(d), 0.10, code + " day " + d);
            }
            for (int d = 0; d <= 10; d++) {
                assertEquals(truth[d], effect.dayFactor(d), 0.10 * truth[d], code + " day " + d);
            }
        }
    }

    @Test
    void preSalePeakComesBeforeAndOnTheDayAndFadesAfter() {
        for (String code : List.of("TM-CHAT-PRE", "PDD-CHAT-PRE")) {
            EventEffect effect = learned(code);
            assertEquals(1.3, effect.dayFactor(-3), 0.13, code);
            assertEquals(1.5, effect.dayFactor(-2), 0.15, code);
            assertEquals(1.8, effect.dayFactor(-1), 0.18, code);
            // The day itself: x3.5, and x5 instead during the 00:00-02:00 launch rush, which carries 0.75 of
            // the 16.95 hourly weights of a chat day: 3.5 x (1 + 4 x 0.75 / 16.95) = 4.12 for the whole day.
            assertEquals(3.5 * (1 + 4 * 0.75 / 16.95), effect.dayFactor(0), 0.41, code);
            assertEquals(1.3, effect.dayFactor(1), 0.13, code);
            for (int d = 2; d <= 10; d++) {
                assertEquals(1.0, effect.dayFactor(d), 0.10, code + " day " + d);
            }
        }
    }
}
