package io.paiban.platform.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams a delimited file with a header row, record by record, with the file line number of each
 * record, so a year of history never sits in memory as text.
 */
public final class CsvLines implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final MappingIterator<String[]> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final String[] header;

    /** A comma-separated file. */
    public CsvLines(InputStream in) {
        this(in, ',');
    }

    public CsvLines(InputStream in, char separator) {
        try {
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
            records = MAPPER.readerFor(String[].class).with(schema).readValues(in);
            header = records.hasNextValue() ? records.nextValue() : new String[0];
        } catch (IOException | RuntimeException e) {
            throw unreadable(1, e);
        }
        for (int i = 0; i < header.length; i++) {
            columns.putIfAbsent(normalise(header[i]), i);
        }
    }

    /**
     * A file the CSV parser cannot read: 400 naming the line, in words, without parser class names or
     * source descriptions.
     */
    static ApiException unreadable(int line, Exception e) {
        String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getOriginalMessage() != null
                ? j.getOriginalMessage() : "the text is not valid CSV";
        reason = reason.lines().findFirst().orElse("").replaceAll("\\b(com|org|java)\\.[\\w.$]+", "").strip();
        if (reason.isEmpty() || reason.length() > 200) {
            reason = "the text is not valid CSV";
        }
        String message = "unreadable CSV: " + reason;
        return ApiException.invalid("line " + line + ": " + message, List.of(Problem.InvalidParam.line(line, null, message)));
    }

    /** The separator a request names: "," by default, "tab" or "\\t" for tab-separated files, else its first character. */
    public static char separator(String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            return ',';
        }
        return "\\t".equals(delimiter) || "tab".equalsIgnoreCase(delimiter) ? '\t' : delimiter.charAt(0);
    }

    /**
     * Every row of a CSV body that names the required columns (an entry {@code "queue|queue_code"} is met by
     * either name); a missing column is a 400 on line 1 before any row is read. For files of a few thousand
     * rows; large ones are streamed with {@link #nextRow()}.
     */
    public static List<ImportRow> readAll(InputStream body, String delimiter, String... required) {
        try (CsvLines csv = new CsvLines(body, separator(delimiter))) {
            csv.requireColumns(required);
            List<ImportRow> rows = new ArrayList<>();
            for (ImportRow row = csv.nextRow(); row != null; row = csv.nextRow()) {
                rows.add(row);
            }
            return rows;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw ApiException.invalidField("body", e.getMessage());
        }
    }

    /** Refuses a header that lacks a required column; {@code "queue|queue_code"} is met by either name. */
    public void requireColumns(String... required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (column(column.split("\\|")) == null) {
                missing.add(column.replace("|", " or "));
            }
        }
        if (!missing.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String column : required) {
                names.add(column.split("\\|")[0]);
            }
            throw ApiException.invalid("The header must name the columns " + String.join(", ", names),
                    List.of(Problem.InvalidParam.line(1, "header", "missing " + String.join(", ", missing)
                            + "; found " + String.join(",", header))));
        }
    }

    /** Header lookup ignoring case, '_', '-' and spaces: interval_start = intervalStart. */
    public static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    public Integer column(String... names) {
        for (String name : names) {
            Integer index = columns.get(normalise(name));
            if (index != null) {
                return index;
            }
        }
        return null;
    }

    public String[] header() {
        return header.clone();
    }

    /** The next record, or null at the end. */
    public Record next() {
        try {
            if (!records.hasNextValue()) {
                return null;
            }
            // hasNextValue() has moved onto the record's opening token, which the CSV parser places at the end
            // of the previous record (after its line break was read): the record itself is on the next line.
            int line = records.getParser().currentTokenLocation().getLineNr() + 1;
            String[] values = records.nextValue();
            return new Record(line, values);
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(records.getParser().currentLocation().getLineNr(), e);
        }
    }

    /** The next record that is not blank, as a row of named values; null at the end. */
    public ImportRow nextRow() {
        for (Record r = next(); r != null; r = next()) {
            if (!r.isBlank()) {
                return new ImportRow(r.line(), "", columns, r.values());
            }
        }
        return null;
    }

    public record Record(int line, String[] values) {
        public String get(Integer column) {
            return column == null || column >= values.length ? null : values[column];
        }

        public boolean isBlank() {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public void close() {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
