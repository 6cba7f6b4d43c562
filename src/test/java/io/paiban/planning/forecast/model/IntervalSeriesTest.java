package io.paiban.planning.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IntervalSeriesTest {

    @Test
    void gridArithmetic() {
        IntervalSeries s = IntervalSeries.of(LocalDate.of(2024, 1, 1), 15, new double[96 * 8]);
        assertEquals(96, s.intervalsPerDay());
        assertEquals(672, s.intervalsPerWeek());
        assertEquals(LocalDateTime.of(2024, 1, 2, 0, 15), s.timeAt(97));
        assertEquals(DayOfWeek.TUESDAY, s.dayOfWeekAt(97));
        assertEquals(1, s.intervalOfDay(97));
        assertEquals(96 * 3, s.indexOfDay(LocalDate.of(2024, 1, 4)));
        assertEquals(LocalDateTime.of(2024, 1, 9, 0, 0), s.end());
    }

    @Test
    void isImmutable() {
        double[] values = {1, Double.NaN};
        IntervalSeries s = IntervalSeries.of(LocalDate.of(2024, 1, 1), 720, values);
        values[0] = 5;
        s.values()[0] = 7;
        assertEquals(1, s.value(0));
        assertTrue(s.isMissing(1));
        assertEquals(1, s.missingCount());
        assertEquals(1, s.observedSum());
    }

    @Test
    void rejectsMisalignedGrids() {
        assertThrows(IllegalArgumentException.class,
                () -> IntervalSeries.of(LocalDate.of(2024, 1, 1), 7, new double[1]));
        assertThrows(IllegalArgumentException.class,
                () -> new IntervalSeries(LocalDateTime.of(2024, 1, 1, 8, 0), 30, new double[1]));
    }
}
