package io.paiban.planning.history;

import io.paiban.platform.csv.CsvLines;
import io.paiban.platform.csv.ImportRow;
import io.paiban.platform.csv.RowValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.planning.history.HistoryDtos.CallLogMappingView;
import io.paiban.planning.history.HistoryDtos.ImportSummary;
import io.paiban.planning.history.HistoryDtos.IntervalImportRequest;
import io.paiban.planning.history.HistoryDtos.IntervalRowDto;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports interval history and raw call logs into the interval actuals. Every import validates the whole input
 * first (every bad line is reported, nothing is written), then upserts all rows in the request's one
 * transaction, so a file is imported completely or not at all, and importing it twice changes nothing.
 */
@ApplicationScoped
public class HistoryImportService {

    @Inject
    IntervalActuals actuals;

    @Inject
    ObjectMapper json;

    @Transactional
    public ImportSummary importCsv(InputStream body, Integer intervalMinutes, String delimiter) {
        return importCsv(body, intervalMinutes, delimiter, false);
    }

    @Transactional
    public ImportSummary importCsv(InputStream body, Integer intervalMinutes, String delimiter, boolean acceptClosed) {
        return importCsv(body, intervalMinutes, null, delimiter, acceptClosed);
    }

    /**
     * @param fileMinutes length of the file's intervals (5, 10, 15, 30 or 60; default {@code intervalMinutes}); finer rows
     *                    are added up into the site-local {@code intervalMinutes} grid
     */
    @Transactional
    public ImportSummary importCsv(InputStream body, Integer intervalMinutes, Integer fileMinutes, String delimiter, boolean acceptClosed) {
        return importCsv(body, intervalMinutes, fileMinutes, delimiter, null, acceptClosed);
    }

    /** @param mappingName a stored interval-file mapping naming the columns, time format and zone; null = standard header */
    @Transactional
    public ImportSummary importCsv(InputStream body, Integer intervalMinutes, Integer fileMinutes, String delimiter, String mappingName,
                                   boolean acceptClosed) {
        long started = System.nanoTime();
        IntervalFileMapping mapping = mappingName == null || mappingName.isBlank() ? null : intervalMapping(mappingName).mapping();
        int minutes = intervalMinutes(intervalMinutes);
        int source = fileMinutes(fileMinutes, minutes);
        RowValidator problems = new RowValidator();
        QueueDirectory directory = QueueDirectory.load();
        IntervalRowValidator validator = new IntervalRowValidator(directory, source, problems);
        int lines = 0;
        try (CsvLines csv = new CsvLines(body, mapping != null ? mapping.separator() : CsvLines.separator(delimiter))) {
            if (mapping != null) {
                IntervalFileMapping.Reader reader = mapping.reader(csv, problems);
                problems.throwIfAny(); // a mapped column missing from the header
                for (ImportRow row = reader.next(problems); row != null; row = reader.next(problems)) {
                    lines++;
                    validator.accept(row);
                }
            } else {
                csv.requireColumns("queue|queue_code", "interval_start|start", "offered");
                for (ImportRow row = csv.nextRow(); row != null; row = csv.nextRow()) {
                    lines++;
                    validator.accept(row);
                }
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw ApiException.invalidField("body", e.getMessage());
        }
        problems.throwIfAny();
        IntervalAggregation.Rows rows = IntervalAggregation.toGrid(directory, validator.rows(), validator.lines(), minutes);
        refuseClosed(directory, rows.rows(), rows.firstLines(), minutes, acceptClosed, "line");
        return write(rows.rows(), problems, minutes, lines, 0, started);
    }

    @Transactional
    public ImportSummary importJson(IntervalImportRequest request) {
        return importJson(request, false);
    }

    @Transactional
    public ImportSummary importJson(IntervalImportRequest request, boolean acceptClosed) {
        long started = System.nanoTime();
        int minutes = intervalMinutes(request.intervalMinutes());
        RowValidator problems = new RowValidator();
        QueueDirectory directory = QueueDirectory.load();
        IntervalRowValidator validator = new IntervalRowValidator(directory, minutes, problems);
        List<IntervalRowDto> rows = request.rows();
        for (int i = 0; i < rows.size(); i++) {
            IntervalRowDto row = rows.get(i);
            Map<String, Object> values = new HashMap<>();
            values.put("queue", row.queue());
            values.put("intervalStart", row.intervalStart());
            values.put("offered", row.offered());
            values.put("answered", row.answered());
            values.put("abandoned", row.abandoned());
            values.put("ahtSeconds", row.ahtSeconds());
            values.put("avgWaitSeconds", row.avgWaitSeconds());
            validator.accept(ImportRow.ofJson(i, values));
        }
        problems.throwIfAny();
        refuseClosed(directory, validator.rows(), validator.lines(), minutes, acceptClosed, "row");
        return write(validator.rows(), problems, minutes, rows.size(), 0, started);
    }

    @Transactional
    public ImportSummary importCallLog(InputStream body, String mappingName, Integer intervalMinutes) {
        return importCallLog(body, mappingName, intervalMinutes, false);
    }

    @Transactional
    public ImportSummary importCallLog(InputStream body, String mappingName, Integer intervalMinutes, boolean acceptClosed) {
        long started = System.nanoTime();
        int minutes = intervalMinutes(intervalMinutes);
        if (mappingName == null || mappingName.isBlank()) {
            throw ApiException.invalidField("mapping", "name the call-log mapping to use");
        }
        CallLogMapping mapping = readMapping(findMapping(mappingName).document);
        RowValidator problems = new RowValidator();
        CallLogAggregator.Result result;
        QueueDirectory directory = QueueDirectory.load();
        try {
            result = new CallLogAggregator(mapping, directory, minutes, problems).aggregate(body);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw ApiException.invalidField("body", e.getMessage());
        }
        problems.throwIfAny();
        refuseClosed(directory, result.rows(), result.firstLines(), minutes, acceptClosed, "line");
        return write(result.rows(), problems, minutes, result.linesRead(), result.ignoredLines(), started);
    }

    private ImportSummary write(List<IntervalActual> rows, RowValidator problems, int minutes, int lines, int ignored,
                                long started) {
        problems.throwIfAny();
        actuals.storeHistory(rows);
        Instant from = rows.stream().map(IntervalActual::intervalStart).min(Instant::compareTo).orElse(null);
        Instant to = rows.stream().map(IntervalActual::intervalStart).max(Instant::compareTo).orElse(null);
        int queues = (int) rows.stream().mapToLong(IntervalActual::queueId).distinct().count();
        return new ImportSummary(rows.size(), lines, ignored, queues, minutes, from, to,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** How many refused rows the problem lists (the detail gives the count of all). */
    static final int CLOSED_LISTED = 10;

    /**
     * Refuses rows with volume (offered > 0) in an interval where their queue is closed by its opening hours, or on a
     * day its holiday calendar marks closed, unless {@code accept}: a file that puts calls at 3 a.m. into a queue that opens at 8:30 is more likely
     * shifted by a time-zone mistake than right. The 400 names the count and the first lines.
     */
    static void refuseClosed(QueueDirectory directory, List<IntervalActual> rows, List<Integer> lines, int minutes, boolean accept,
                             String lineWord) {
        if (accept) {
            return;
        }
        List<Problem.InvalidParam> listed = new java.util.ArrayList<>();
        int count = 0;
        for (int i = 0; i < rows.size(); i++) {
            IntervalActual r = rows.get(i);
            if (r.offered() <= 0) {
                continue;
            }
            QueueDirectory.QueueRef queue = directory.byId(r.queueId()).orElseThrow();
            java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(r.intervalStart(), queue.zone());
            boolean closedDay = queue.closedDays().contains(local.toLocalDate());
            if (!closedDay && queue.opening().isOpen(local, minutes)) {
                continue;
            }
            count++;
            if (listed.size() < CLOSED_LISTED) {
                Integer line = lines.get(i);
                listed.add(new Problem.InvalidParam("intervalStart", line, closedDay
                        ? "queue " + queue.code() + " is closed on " + local.toLocalDate() + " (a closed day of its calendar) but the row at "
                                + local.toLocalTime() + " has " + r.offered() + " offered"
                        : "queue " + queue.code() + " is closed at " + local + " (site time) but the row has " + r.offered() + " offered"));
            }
        }
        if (count > 0) {
            String first = listed.stream().map(p -> lineWord + " " + p.line()).collect(java.util.stream.Collectors.joining(", "));
            throw ApiException.invalid(count + " interval(s) carry volume while their queue is closed (first: " + first
                    + "); nothing was imported. Check the file's time zone, or pass acceptClosed=true to import them anyway"
                    + " (for example after the queue's opening hours changed)", listed);
        }
    }

    static int fileMinutes(Integer requested, int intervalMinutes) {
        int minutes = requested == null ? intervalMinutes : requested;
        if (!List.of(5, 10, 15, 30, 60).contains(minutes) || intervalMinutes % minutes != 0) {
            throw ApiException.invalidField("fileMinutes", "must be 5, 10, 15, 30 or 60 and divide intervalMinutes (" + intervalMinutes + ")");
        }
        return minutes;
    }

    static int intervalMinutes(Integer requested) {
        int minutes = requested == null ? 30 : requested;
        if (minutes != 15 && minutes != 30 && minutes != 60) {
            throw ApiException.invalidField("intervalMinutes", "must be 15, 30 or 60");
        }
        return minutes;
    }

    // --- call-log mappings -------------------------------------------------------------------

    public List<CallLogMappingView> mappings() {
        return CallLogMappingEntity.<CallLogMappingEntity>listAll().stream()
                .filter(e -> !e.name.startsWith(IntervalFileMapping.STORED_PREFIX)).map(this::view).toList();
    }

    // --- interval-file mappings (stored alongside, names prefixed "interval:") -----------------

    public HistoryDtos.IntervalMappingView intervalMapping(String name) {
        CallLogMappingEntity entity = CallLogMappingEntity.<CallLogMappingEntity>find("name", IntervalFileMapping.STORED_PREFIX + name)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Interval-file mapping", name));
        return intervalView(entity);
    }

    public List<HistoryDtos.IntervalMappingView> intervalMappings() {
        return CallLogMappingEntity.<CallLogMappingEntity>list("name like ?1", IntervalFileMapping.STORED_PREFIX + "%").stream()
                .map(this::intervalView).toList();
    }

    @Transactional
    public HistoryDtos.IntervalMappingView saveIntervalMapping(String name, IntervalFileMapping mapping) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,70}")) {
            throw ApiException.invalidField("name", "1-70 letters, digits, '.', '_' or '-'");
        }
        List<Problem.InvalidParam> problems = mapping.problems();
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        String stored = IntervalFileMapping.STORED_PREFIX + name;
        CallLogMappingEntity entity = CallLogMappingEntity.<CallLogMappingEntity>find("name", stored).firstResultOptional()
                .orElseGet(CallLogMappingEntity::new);
        entity.name = stored;
        try {
            entity.document = json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entity.persistAndFlush();
        return intervalView(entity);
    }

    @Transactional
    public void deleteIntervalMapping(String name) {
        CallLogMappingEntity.<CallLogMappingEntity>find("name", IntervalFileMapping.STORED_PREFIX + name).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Interval-file mapping", name)).delete();
    }

    private HistoryDtos.IntervalMappingView intervalView(CallLogMappingEntity entity) {
        try {
            return new HistoryDtos.IntervalMappingView(entity.name.substring(IntervalFileMapping.STORED_PREFIX.length()),
                    json.readValue(entity.document, IntervalFileMapping.class), entity.version, entity.updatedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored interval-file mapping is unreadable", e);
        }
    }

    public CallLogMappingView mapping(String name) {
        return view(findMapping(name));
    }

    /** Creates or replaces the named mapping after checking it. */
    @Transactional
    public CallLogMappingView saveMapping(String name, CallLogMapping mapping) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,80}")) {
            throw ApiException.invalidField("name", "1-80 letters, digits, '.', '_' or '-'");
        }
        List<Problem.InvalidParam> problems = mapping.problems();
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        CallLogMappingEntity entity = CallLogMappingEntity.<CallLogMappingEntity>find("name", name).firstResultOptional()
                .orElseGet(CallLogMappingEntity::new);
        entity.name = name;
        try {
            entity.document = json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entity.persistAndFlush();
        return view(entity);
    }

    @Transactional
    public void deleteMapping(String name) {
        findMapping(name).delete();
    }

    private CallLogMappingEntity findMapping(String name) {
        return CallLogMappingEntity.<CallLogMappingEntity>find("name", name).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Call-log mapping", name));
    }

    private CallLogMappingView view(CallLogMappingEntity entity) {
        return new CallLogMappingView(entity.name, readMapping(entity.document), entity.version, entity.updatedAt);
    }

    private CallLogMapping readMapping(String document) {
        try {
            return json.readValue(document, CallLogMapping.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored call-log mapping is unreadable", e);
        }
    }

}
