package io.paiban.attendance;

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

/** Reads a comma-separated file with a header row, record by record, with each record's line number. */
final class CsvRows implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final MappingIterator<String[]> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final String[] header;

    CsvRows(InputStream in) {
        try {
            records = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(in);
            header = records.hasNextValue() ? records.nextValue() : new String[0];
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable CSV: " + e.getMessage(), e);
        }
        for (int i = 0; i < header.length; i++) {
            columns.putIfAbsent(normalise(header[i]), i);
        }
    }

    /** Header names match ignoring case, '_', '-' and spaces. */
    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    Integer column(String... names) {
        for (String name : names) {
            Integer index = columns.get(normalise(name));
            if (index != null) {
                return index;
            }
        }
        return null;
    }

    String[] header() {
        return header.clone();
    }

    /** The next record, or null at the end. */
    Row next() {
        try {
            if (!records.hasNextValue()) {
                return null;
            }
            // the parser reports the record's opening token at the end of the previous line
            int line = records.getParser().currentTokenLocation().getLineNr() + 1;
            return new Row(line, records.nextValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable CSV: " + e.getMessage(), e);
        }
    }

    record Row(int line, String[] values) {
        String get(Integer column) {
            return column == null || column >= values.length ? null : values[column];
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

    @Override
    public void close() {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
