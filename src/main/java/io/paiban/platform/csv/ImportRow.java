package io.paiban.platform.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One row of an import, from a CSV line or a JSON object, behind one accessor: its line (the file line, or
 * the 1-based row of a JSON array), the prefix its fields carry in problems ("" for CSV, {@code rows[3].} for
 * JSON), and its values by column name, matched ignoring case, '_', '-' and spaces, so {@code interval_start}
 * in a file and {@code intervalStart} in JSON are the same field.
 */
public final class ImportRow {

    /** Field names are a handful of constants: normalise each once, not once per row. */
    private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();

    private final int line;
    private final String fieldPrefix;
    private final Map<String, Integer> columns;
    private final String[] values;

    ImportRow(int line, String fieldPrefix, Map<String, Integer> columns, String[] values) {
        this.line = line;
        this.fieldPrefix = fieldPrefix;
        this.columns = columns;
        this.values = values;
    }

    /** Row {@code index} (0-based) of a JSON array of objects; values are taken as their text. */
    public static ImportRow ofJson(int index, Map<String, ?> object) {
        Map<String, Integer> columns = new HashMap<>();
        String[] values = new String[object == null ? 0 : object.size()];
        if (object != null) {
            int i = 0;
            for (Map.Entry<String, ?> e : object.entrySet()) {
                columns.putIfAbsent(CsvLines.normalise(e.getKey()), i);
                values[i++] = e.getValue() == null ? null : String.valueOf(e.getValue());
            }
        }
        return new ImportRow(index + 1, "rows[" + index + "].", columns, values);
    }

    /** A file line whose values were mapped to standard names (named column mappings). */
    public static ImportRow ofLine(int line, Map<String, String> values) {
        Map<String, Integer> columns = new HashMap<>();
        String[] array = new String[values.size()];
        int i = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            columns.putIfAbsent(CsvLines.normalise(e.getKey()), i);
            array[i++] = e.getValue();
        }
        return new ImportRow(line, "", columns, array);
    }

    public int line() {
        return line;
    }

    /** The name a problem of this field carries: the JSON path for JSON rows. */
    public String field(String name) {
        return fieldPrefix + name;
    }

    /** The first of the named columns with a value that is not blank, trimmed; null when none has one. */
    public String get(String... names) {
        for (String name : names) {
            Integer column = columns.get(NORMALISED.computeIfAbsent(name, CsvLines::normalise));
            String value = column == null || column >= values.length ? null : values[column];
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    boolean isBlank() {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
