package io.paiban.platform.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable CSV: " + e.getMessage(), e);
        }
        for (int i = 0; i < header.length; i++) {
            columns.putIfAbsent(normalise(header[i]), i);
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable CSV: " + e.getMessage(), e);
        }
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
