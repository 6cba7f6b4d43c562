package io.paiban.planning.forecast.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated occurrence of a calendar event. {@code key} groups the occurrences of a recurring event
 * ("DOUBLE_11", "618", "SPRING_SALE") whose effects are learned together; {@code name} is free text
 * for people ("Double 11 2024").
 */
public record EventOccurrence(String key, String name, LocalDate date) {

    public EventOccurrence {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
        name = name == null ? key : name;
    }

    public static EventOccurrence of(String key, LocalDate date) {
        return new EventOccurrence(key, key + " " + date, date);
    }
}
