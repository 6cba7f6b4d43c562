package io.paiban.platform.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Builds a CSV export: a header row, then one row per record; values are written with toString(), nulls empty. */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";

    private static final CsvMapper MAPPER = new CsvMapper();

    private final List<Object[]> rows = new ArrayList<>();

    public CsvExport(String... header) {
        rows.add(header);
    }

    public CsvExport row(Object... values) {
        Object[] text = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            text[i] = values[i] == null ? "" : values[i] instanceof Number ? values[i].toString() : cell(values[i].toString());
        }
        rows.add(text);
        return this;
    }

    /**
     * Text a spreadsheet could run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed
     * with a single quote, as OWASP advises against CSV injection; plain numbers are left as they are.
     */
    static String cell(String value) {
        if (value.isEmpty() || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    @Override
    public String toString() {
        try {
            // one write per row: the CSV generator writes an array of scalars as one line
            StringBuilder text = new StringBuilder();
            for (Object[] row : rows) {
                text.append(MAPPER.writer(CsvSchema.emptySchema()).writeValueAsString(row));
            }
            return text.toString();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
