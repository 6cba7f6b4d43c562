package io.paiban.floor.attendance;

import io.paiban.platform.error.ApiException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Months in the API are written yyyy-MM. */
public final class Months {

    private Months() {
    }

    public static YearMonth parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalidField(field, "required, as yyyy-MM");
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "'" + text + "' is not a month as yyyy-MM");
        }
    }
}
