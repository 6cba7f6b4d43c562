package io.paiban.demo;

import io.paiban.masterdata.calendar.CalendarEventType;
import io.paiban.demo.DemoCenter.EventSpec;

import java.time.LocalDate;
import java.util.List;

/**
 * Lunar-calendar public holidays (Spring Festival, Dragon Boat, Mid-Autumn) for the years the demo
 * covers, as published by the State Council; other years have none in the demo calendar.
 */
final class LunarHolidays {

    private LunarHolidays() {
    }

    static List<EventSpec> of(int year) {
        return switch (year) {
            case 2025 -> List.of(
                    holiday("Spring Festival", "SPRING_FESTIVAL", LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4)),
                    holiday("Dragon Boat Festival", "DRAGON_BOAT", LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 2)),
                    holiday("Mid-Autumn Festival", "MID_AUTUMN", LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 6)));
            case 2026 -> List.of(
                    holiday("Spring Festival", "SPRING_FESTIVAL", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)),
                    holiday("Dragon Boat Festival", "DRAGON_BOAT", LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21)),
                    holiday("Mid-Autumn Festival", "MID_AUTUMN", LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27)));
            case 2027 -> List.of(
                    holiday("Spring Festival", "SPRING_FESTIVAL", LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 11)),
                    holiday("Dragon Boat Festival", "DRAGON_BOAT", LocalDate.of(2027, 6, 9), LocalDate.of(2027, 6, 11)),
                    holiday("Mid-Autumn Festival", "MID_AUTUMN", LocalDate.of(2027, 9, 15), LocalDate.of(2027, 9, 17)));
            default -> List.of();
        };
    }

    private static EventSpec holiday(String name, String key, LocalDate start, LocalDate end) {
        return new EventSpec(name + " " + start.getYear(), CalendarEventType.PUBLIC_HOLIDAY, key, start, end, null, null);
    }
}
