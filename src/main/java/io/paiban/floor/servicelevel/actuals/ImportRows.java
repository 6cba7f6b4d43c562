package io.paiban.floor.servicelevel.actuals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.paiban.platform.error.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of one import, from a CSV file with a header row or a JSON array of objects, behind one
 * accessor: columns and JSON keys are matched ignoring case, '_', '-' and spaces, so
 * {@code interval_start} in a file and {@code intervalStart} in JSON are the same field. Problems name
 * the CSV column or the JSON path ({@code rows[3].offered}) and carry the line (CSV) or row number (JSON).
 */
final class ImportRows {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private ImportRows() {
    }

    record Row(int line, String fieldPrefix, Map<String, String> values) {
        String get(String... names) {
            for (String name : names) {
                String v = values.get(normalise(name));
                if (v != null && !v.isBlank()) {
                    return v.trim();
                }
            }
            return null;
        }

        boolean has(String name) {
            return get(name) != null;
        }

        String field(String name) {
            return fieldPrefix + name;
        }
    }

    static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    static List<Row> fromCsv(InputStream body, String delimiter, List<String> requiredColumns) {
        char separator = delimiter == null || delimiter.isEmpty() ? ','
                : "\\t".equals(delimiter) || "tab".equalsIgnoreCase(delimiter) ? '\t' : delimiter.charAt(0);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> records = MAPPER.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(body)) {
            String[] header = records.hasNextValue() ? records.nextValue() : new String[0];
            List<String> names = new ArrayList<>();
            for (String h : header) {
                names.add(normalise(h));
            }
            List<String> missing = requiredColumns.stream().filter(c -> !names.contains(normalise(c))).toList();
            if (!missing.isEmpty()) {
                throw ApiException.invalid("The header must name the columns " + String.join(", ", requiredColumns),
                        List.of(io.paiban.platform.error.Problem.InvalidParam.line(1, "header", "missing " + String.join(", ", missing))));
            }
            while (records.hasNextValue()) {
                // The parser stands on the end of the previous record: the record itself is on the next line.
                int line = records.getParser().currentTokenLocation().getLineNr() + 1;
                String[] values = records.nextValue();
                Map<String, String> byName = new HashMap<>();
                boolean blank = true;
                for (int i = 0; i < values.length && i < names.size(); i++) {
                    byName.putIfAbsent(names.get(i), values[i]);
                    blank &= values[i] == null || values[i].isBlank();
                }
                if (!blank) {
                    rows.add(new Row(line, "", byName));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.invalidField("body", "unreadable CSV: " + e.getMessage());
        }
        return rows;
    }

    static List<Row> fromJson(List<Map<String, Object>> objects) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            Map<String, String> byName = new HashMap<>();
            Map<String, Object> object = objects.get(i) == null ? Map.of() : objects.get(i);
            object.forEach((k, v) -> byName.put(normalise(k), v == null ? null : String.valueOf(v)));
            rows.add(new Row(i + 1, "rows[" + i + "].", byName));
        }
        return rows;
    }
}
