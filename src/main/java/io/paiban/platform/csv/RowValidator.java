package io.paiban.platform.csv;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one validator of import rows (CSV lines and JSON rows): reads typed fields and collects every problem
 * of every row with its line and field, so one RFC 7807 answer lists all bad lines and the caller writes
 * nothing while any is bad. Each reader returns null (and records a problem) when the value is unusable.
 * <p>
 * {@code field} is the name a problem carries (prefixed with the row's JSON path for JSON rows); the value is
 * looked up under that name and then under the {@code aliases}, all matched ignoring case, '_', '-' and spaces.
 * Only the first {@link #LISTED} problems are listed, to keep the answer readable.
 */
public final class RowValidator {

    public static final int LISTED = 100;

    private final List<Problem.InvalidParam> listed = new ArrayList<>();
    private int count;
    private final BitSet badLines = new BitSet();

    // --- collecting --------------------------------------------------------------------------------

    public void add(int line, String field, String message) {
        count++;
        badLines.set(Math.max(0, line));
        if (listed.size() < LISTED) {
            listed.add(Problem.InvalidParam.line(line, field, message));
        }
    }

    public void add(ImportRow row, String field, String message) {
        add(row.line(), row.field(field), message);
    }

    public int problemCount() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Refuses the whole import when any line was bad: a 400 listing the problems in line order. */
    public void throwIfAny() {
        if (count == 0) {
            return;
        }
        List<Problem.InvalidParam> sorted = new ArrayList<>(listed);
        sorted.sort(Comparator.comparing(Problem.InvalidParam::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        String listedNote = count > listed.size() ? " (first " + listed.size() + " listed)" : "";
        throw ApiException.invalid(badLines.cardinality() + " invalid line(s), " + count + " problem(s)" + listedNote
                + "; nothing was imported", sorted);
    }

    // --- typed readers of a row --------------------------------------------------------------------

    /** A value that must be there. */
    public String required(ImportRow row, String field, String... aliases) {
        String text = value(row, field, aliases);
        if (text == null) {
            add(row, field, "is required");
        }
        return text;
    }

    /** Text of at most {@code maxLength} characters. */
    public String text(ImportRow row, String field, int maxLength, boolean required, String... aliases) {
        String text = required ? required(row, field, aliases) : value(row, field, aliases);
        if (text != null && text.length() > maxLength) {
            add(row, field, "at most " + maxLength + " characters");
            return null;
        }
        return text;
    }

    /** A whole number >= 0. */
    public Integer wholeNumber(ImportRow row, String field, boolean required, String... aliases) {
        return wholeNumber(row.line(), row.field(field), value(row, field, aliases), required);
    }

    /** A finite decimal >= 0 (seconds, for instance); optional. */
    public Double decimal(ImportRow row, String field, String... aliases) {
        return decimal(row.line(), row.field(field), value(row, field, aliases));
    }

    /** A money amount >= 0 with at most {@code maxScale} decimals; required. */
    public BigDecimal amount(ImportRow row, String field, int maxScale) {
        String text = required(row, field);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0 || value.scale() > maxScale) {
                add(row, field, "must be a non-negative amount with at most " + maxScale + " decimals: " + text);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            add(row, field, "'" + text + "' is not an amount");
            return null;
        }
    }

    /**
     * A date-time: with an offset it is that instant; without one it is wall time in {@code zone} (a null zone
     * requires the offset). See {@link ImportTimes}.
     */
    public Instant instant(ImportRow row, String field, ZoneId zone, boolean required, String... aliases) {
        return instant(row.line(), row.field(field), value(row, field, aliases), zone, required);
    }

    /** An ISO-8601 date (2026-11-11); required. */
    public LocalDate date(ImportRow row, String field, String... aliases) {
        String text = required(row, field, aliases);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (!io.paiban.platform.error.DateBounds.inRange(date.getYear())) {
                add(row, field, io.paiban.platform.error.DateBounds.RULE + " (got " + text + ")");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            add(row, field, "'" + text + "' is not a date (2026-11-11)");
            return null;
        }
    }

    /** One of an enum's names, ignoring case, with '-' read as '_'. */
    public <E extends Enum<E>> E oneOf(ImportRow row, String field, Class<E> type, boolean required, String... aliases) {
        String text = required ? required(row, field, aliases) : value(row, field, aliases);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            add(row, field, "'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** true/false, 1/0 or yes/no; absent is false. */
    public boolean flag(ImportRow row, String field, String... aliases) {
        String text = value(row, field, aliases);
        if (text == null || "false".equalsIgnoreCase(text) || "0".equals(text) || "no".equalsIgnoreCase(text)) {
            return false;
        }
        if ("true".equalsIgnoreCase(text) || "1".equals(text) || "yes".equalsIgnoreCase(text)) {
            return true;
        }
        add(row, field, "'" + text + "' is not true or false");
        return false;
    }

    /** Whether an interval start sits on the site-local grid of the interval length (xx:00, xx:30, ...). */
    public boolean aligned(ImportRow row, String field, Instant start, ZoneId zone, int intervalMinutes) {
        try {
            ImportTimes.requireAligned(start, zone, intervalMinutes);
            return true;
        } catch (IllegalArgumentException e) {
            add(row, field, e.getMessage());
            return false;
        }
    }

    // --- the same readers on a value, for files read by column index (call logs) --------------------

    public Integer wholeNumber(int line, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(line, field, "is required");
            }
            return null;
        }
        String value = text.trim();
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                add(line, field, "must not be negative: " + number);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            add(line, field, "'" + value + "' is not a whole number");
            return null;
        }
    }

    public Double decimal(int line, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            double number = Double.parseDouble(value);
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                add(line, field, "'" + value + "' is not a finite number");
                return null;
            }
            if (number < 0) {
                add(line, field, "must not be negative: " + value);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            add(line, field, "'" + value + "' is not a number");
            return null;
        }
    }

    public Instant instant(int line, String field, String text, ZoneId zone, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(line, field, "is required");
            }
            return null;
        }
        try {
            Instant at = ImportTimes.parse(text, zone);
            if (!io.paiban.platform.error.DateBounds.inRange(at.atOffset(java.time.ZoneOffset.UTC).getYear())) {
                add(line, field, io.paiban.platform.error.DateBounds.RULE + " (got " + text + ")");
                return null;
            }
            return at;
        } catch (IllegalArgumentException e) {
            add(line, field, e.getMessage());
            return null;
        }
    }

    private static String value(ImportRow row, String field, String... aliases) {
        String text = row.get(field);
        for (int i = 0; text == null && i < aliases.length; i++) {
            text = row.get(aliases[i]);
        }
        return text;
    }
}
