package io.paiban.floor.servicelevel.actuals;

import io.paiban.floor.servicelevel.ServiceLevelConfig;
import io.paiban.floor.servicelevel.actuals.ActualsDirectory.AgentRef;
import io.paiban.floor.servicelevel.actuals.ActualsDirectory.QueueRef;
import io.paiban.floor.servicelevel.actuals.ActualsDtos.ImportSummary;
import io.paiban.planning.history.IntervalActual;
import io.paiban.planning.history.IntervalActuals;
import io.paiban.platform.csv.ImportRow;
import io.paiban.platform.csv.RowValidator;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.BatchWriter;
import io.paiban.platform.persistence.MultiRowInsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports of actuals: every row of a file is checked first (all problems reported with line and
 * field, nothing written on any error), then all rows are upserted by their natural key in the
 * request's one transaction, so importing a corrected file again replaces instead of doubling.
 * Queue intervals go to the one store of interval actuals ({@link IntervalActuals}), which forecasting
 * reads too; the other kinds are this package's own tables.
 */
@ApplicationScoped
public class ActualsImportService {

    public enum Kind {
        QUEUE_INTERVALS, ITEMS, QUALITY, AGENT_STATES, SALES, COMPLAINTS
    }

    private static final MultiRowInsert ITEMS = MultiRowInsert.into("deferred_item_actual",
                    "queue_id", "item_ref", "received_at", "first_reply_at", "imported_at")
            .updating("received_at", "first_reply_at", "imported_at");
    private static final MultiRowInsert QUALITY = MultiRowInsert.into("queue_quality_day",
                    "queue_id", "work_date", "surveys", "satisfied", "qa_checked", "qa_accurate", "imported_at")
            .updating("surveys", "satisfied", "qa_checked", "qa_accurate", "imported_at");
    private static final MultiRowInsert AGENT_STATES = MultiRowInsert.into("agent_state_interval",
                    "agent_id", "interval_start", "interval_minutes", "available_seconds", "handling_seconds", "after_call_seconds",
                    "break_seconds", "away_seconds", "imported_at")
            .updating("interval_minutes", "available_seconds", "handling_seconds", "after_call_seconds", "break_seconds",
                    "away_seconds", "imported_at");
    private static final MultiRowInsert SALES = MultiRowInsert.into("tagged_sale",
                    "client_id", "order_ref", "agent_id", "sold_at", "amount", "paid_at", "queue_id", "imported_at")
            .updating("agent_id", "sold_at", "amount", "paid_at", "queue_id", "imported_at");

    private static final MultiRowInsert COMPLAINTS = MultiRowInsert.into("complaint_case",
                    "client_id", "complaint_ref", "queue_id", "received_at", "closed_at", "imported_at")
            .updating("queue_id", "received_at", "closed_at", "imported_at");

    @Inject
    BatchWriter writer;

    @Inject
    IntervalActuals intervalActuals;

    @Inject
    ServiceLevelConfig config;

    public static List<String> requiredColumns(Kind kind) {
        return switch (kind) {
            case QUEUE_INTERVALS -> List.of("queue|queue_code", "interval_start|start", "offered", "answered", "answered_within",
                    "abandoned");
            case ITEMS -> List.of("queue|queue_code", "item_ref|item_id|id", "received_at");
            case QUALITY -> List.of("queue|queue_code", "work_date");
            case AGENT_STATES -> List.of("agent|employee_no", "interval_start|start");
            case SALES -> List.of("client", "order_ref", "sold_at", "amount");
            case COMPLAINTS -> List.of("client", "complaint_ref|ref", "received_at");
        };
    }

    @Transactional
    public ImportSummary importRows(Kind kind, List<ImportRow> rows, Integer intervalMinutes, Integer shortAbandonSeconds) {
        long started = System.nanoTime();
        RowValidator problems = new RowValidator();
        Parsed<?> parsed = switch (kind) {
            case QUEUE_INTERVALS -> queueIntervals(rows, problems, intervalMinutes(intervalMinutes), shortAbandon(shortAbandonSeconds));
            case ITEMS -> items(rows, problems);
            case QUALITY -> quality(rows, problems);
            case AGENT_STATES -> agentStates(rows, problems, intervalMinutes(intervalMinutes));
            case SALES -> sales(rows, problems);
            case COMPLAINTS -> complaints(rows, problems);
        };
        problems.throwIfAny();
        write(kind, parsed);
        return new ImportSummary(kind.name(), parsed.rows.size(), parsed.from, parsed.to, (System.nanoTime() - started) / 1_000_000);
    }

    @SuppressWarnings("unchecked")
    private void write(Kind kind, Parsed<?> parsed) {
        if (kind == Kind.QUEUE_INTERVALS) {
            intervalActuals.storeServiceActuals((List<IntervalActual>) parsed.rows);
            return;
        }
        MultiRowInsert upsert = switch (kind) {
            case ITEMS -> ITEMS;
            case QUALITY -> QUALITY;
            case AGENT_STATES -> AGENT_STATES;
            case SALES -> SALES;
            case COMPLAINTS -> COMPLAINTS;
            case QUEUE_INTERVALS -> throw new IllegalStateException("written above");
        };
        writer.write(upsert, (List<Object[]>) parsed.rows);
    }

    private Parsed<IntervalActual> queueIntervals(List<ImportRow> rows, RowValidator problems, int minutes, int shortAbandonSeconds) {
        ActualsDirectory directory = ActualsDirectory.queues();
        Parsed<IntervalActual> parsed = new Parsed<>();
        for (ImportRow row : rows) {
            int before = problems.problemCount();
            QueueRef queue = queue(row, problems, directory, false);
            Instant start = queue == null ? null : problems.instant(row, "intervalStart", queue.zone(), true, "start");
            if (start != null) {
                problems.aligned(row, "intervalStart", start, queue.zone(), minutes);
            }
            Integer offered = problems.wholeNumber(row, "offered", true);
            Integer answered = problems.wholeNumber(row, "answered", true);
            Integer within = problems.wholeNumber(row, "answeredWithin", true, "answered_within_threshold");
            Integer abandoned = problems.wholeNumber(row, "abandoned", true);
            Integer shortAbandoned = problems.wholeNumber(row, "shortAbandoned", false);
            Integer threshold = problems.wholeNumber(row, "thresholdSeconds", false);
            Double handle = problems.decimal(row, "handleSeconds");
            Double aht = problems.decimal(row, "ahtSeconds");
            Double answerWait = problems.decimal(row, "answerWaitSeconds");
            Double asa = problems.decimal(row, "asaSeconds");
            Double abandonWait = problems.decimal(row, "abandonWaitSeconds");
            Double avgAbandonWait = problems.decimal(row, "avgAbandonWaitSeconds");
            int shortCount = shortAbandoned == null ? 0 : shortAbandoned;
            if (offered != null && answered != null && abandoned != null && answered + abandoned > offered) {
                problems.add(row, "answered", "answered " + answered + " + abandoned " + abandoned + " exceed offered " + offered);
            }
            if (within != null && answered != null && within > answered) {
                problems.add(row, "answeredWithin", within + " exceeds answered " + answered);
            }
            if (abandoned != null && shortCount > abandoned) {
                problems.add(row, "shortAbandoned", shortCount + " exceeds abandoned " + abandoned);
            }
            Double handleTotal = handle != null ? handle : aht != null && answered != null ? aht * answered : null;
            if (handleTotal == null && answered != null && answered > 0) {
                problems.add(row, "handleSeconds", "is required when contacts were answered (or give ahtSeconds)");
            }
            Integer usedThreshold = threshold != null ? threshold : queue == null ? null : queue.thresholdSeconds();
            Double answerWaitTotal = answerWait != null ? answerWait : asa != null && answered != null ? asa * answered : null;
            Double abandonWaitTotal = abandonWait != null ? abandonWait
                    : avgAbandonWait != null && abandoned != null ? avgAbandonWait * abandoned : null;
            if (problems.problemCount() == before && parsed.unique(row, problems, "intervalStart", queue.id(), start)) {
                parsed.add(start, new IntervalActual(queue.id(), start, minutes, offered, answered, abandoned, shortCount,
                        shortAbandonSeconds, within, usedThreshold, handleTotal == null ? 0.0 : handleTotal, answerWaitTotal,
                        abandonWaitTotal));
            }
        }
        return parsed;
    }

    private Parsed<Object[]> items(List<ImportRow> rows, RowValidator problems) {
        ActualsDirectory directory = ActualsDirectory.queues();
        Parsed<Object[]> parsed = new Parsed<>();
        Instant now = Instant.now();
        for (ImportRow row : rows) {
            int before = problems.problemCount();
            QueueRef queue = queue(row, problems, directory, true);
            String ref = problems.text(row, "itemRef", 100, true, "item_id", "id");
            ZoneId zone = queue == null ? ZoneId.of("UTC") : queue.zone();
            Instant received = problems.instant(row, "receivedAt", zone, true);
            Instant replied = problems.instant(row, "firstReplyAt", zone, false);
            if (received != null && replied != null && replied.isBefore(received)) {
                problems.add(row, "firstReplyAt", "is before receivedAt");
            }
            if (problems.problemCount() == before && parsed.unique(row, problems, "itemRef", queue.id(), ref)) {
                parsed.add(received, new Object[]{queue.id(), ref, received, replied, now});
            }
        }
        return parsed;
    }

    private Parsed<Object[]> quality(List<ImportRow> rows, RowValidator problems) {
        ActualsDirectory directory = ActualsDirectory.queues();
        Parsed<Object[]> parsed = new Parsed<>();
        Instant now = Instant.now();
        for (ImportRow row : rows) {
            int before = problems.problemCount();
            QueueRef queue = queue(row, problems, directory, null);
            LocalDate date = problems.date(row, "workDate");
            int surveys = zeroIfNull(problems.wholeNumber(row, "surveys", false));
            int satisfied = zeroIfNull(problems.wholeNumber(row, "satisfied", false));
            int checked = zeroIfNull(problems.wholeNumber(row, "qaChecked", false));
            int accurate = zeroIfNull(problems.wholeNumber(row, "qaAccurate", false));
            if (satisfied > surveys) {
                problems.add(row, "satisfied", satisfied + " exceeds surveys " + surveys);
            }
            if (accurate > checked) {
                problems.add(row, "qaAccurate", accurate + " exceeds qaChecked " + checked);
            }
            if (problems.problemCount() == before && parsed.unique(row, problems, "workDate", queue.id(), date)) {
                parsed.add(date.atStartOfDay(queue.zone()).toInstant(), new Object[]{queue.id(), date, surveys, satisfied, checked, accurate, now});
            }
        }
        return parsed;
    }

    private Parsed<Object[]> agentStates(List<ImportRow> rows, RowValidator problems, int minutes) {
        ActualsDirectory directory = ActualsDirectory.agents();
        Parsed<Object[]> parsed = new Parsed<>();
        Instant now = Instant.now();
        for (ImportRow row : rows) {
            int before = problems.problemCount();
            String employeeNo = problems.required(row, "agent", "employee_no");
            AgentRef agent = directory.agent(employeeNo).orElse(null);
            if (employeeNo != null && agent == null) {
                problems.add(row, "agent", "unknown employee number '" + employeeNo + "'");
            }
            Instant start = agent == null ? null : problems.instant(row, "intervalStart", agent.zone(), true, "start");
            if (start != null) {
                problems.aligned(row, "intervalStart", start, agent.zone(), minutes);
            }
            int[] seconds = new int[5];
            String[] states = {"availableSeconds", "handlingSeconds", "afterCallSeconds", "breakSeconds", "awaySeconds"};
            int total = 0;
            for (int i = 0; i < states.length; i++) {
                seconds[i] = zeroIfNull(problems.wholeNumber(row, states[i], false));
                total += seconds[i];
            }
            if (total > minutes * 60) {
                problems.add(row, "availableSeconds", "states add up to " + total + " s, more than the " + minutes * 60 + " s of the interval");
            }
            if (problems.problemCount() == before && parsed.unique(row, problems, "intervalStart", agent.id(), start)) {
                parsed.add(start, new Object[]{agent.id(), start, minutes, seconds[0], seconds[1], seconds[2], seconds[3], seconds[4], now});
            }
        }
        return parsed;
    }

    /** Sales: client, order_ref, sold_at, amount, optional agent, paid_at (empty: not paid or not reported) and queue (that took the order). */
    private Parsed<Object[]> sales(List<ImportRow> rows, RowValidator problems) {
        ActualsDirectory directory = ActualsDirectory.all();
        Parsed<Object[]> parsed = new Parsed<>();
        Instant now = Instant.now();
        for (ImportRow row : rows) {
            int before = problems.problemCount();
            String clientCode = problems.required(row, "client");
            Long client = directory.client(clientCode).orElse(null);
            if (clientCode != null && client == null) {
                problems.add(row, "client", "unknown client '" + clientCode + "'");
            }
            String order = problems.text(row, "orderRef", 100, true);
            String employeeNo = row.get("agent", "employee_no");
            AgentRef agent = directory.agent(employeeNo).orElse(null);
            if (employeeNo != null && agent == null) {
                problems.add(row, "agent", "unknown employee number '" + employeeNo + "'");
            }
            String queueCode = row.get("queue", "queue_code");
            QueueRef queue = queueCode == null ? null : directory.queue(queueCode).orElse(null);
            if (queueCode != null && queue == null) {
                problems.add(row, "queue", "unknown queue '" + queueCode + "'");
            } else if (queue != null && client != null && queue.clientId() != client) {
                problems.add(row, "queue", "queue '" + queueCode + "' belongs to another client");
            }
            ZoneId zone = agent != null ? agent.zone() : queue != null ? queue.zone()
                    : ZoneId.of(io.paiban.masterdata.site.Site.DEFAULT_TIME_ZONE);
            Instant sold = problems.instant(row, "soldAt", zone, true);
            Instant paid = problems.instant(row, "paidAt", zone, false);
            if (sold != null && paid != null && paid.isBefore(sold)) {
                problems.add(row, "paidAt", "is before soldAt");
            }
            BigDecimal amount = problems.amount(row, "amount", 2);
            if (problems.problemCount() == before && parsed.unique(row, problems, "orderRef", client, order)) {
                parsed.add(sold, new Object[]{client, order, agent == null ? null : agent.id(), sold, amount, paid,
                        queue == null ? null : queue.id(), now});
            }
        }
        return parsed;
    }

    /** Complaints: client, complaint_ref, received_at, optional closed_at (empty: still open) and queue (of the same client). */
    private Parsed<Object[]> complaints(List<ImportRow> rows, RowValidator problems) {
        ActualsDirectory directory = ActualsDirectory.all();
        Parsed<Object[]> parsed = new Parsed<>();
        Instant now = Instant.now();
        for (ImportRow row : rows) {
            int before = problems.problemCount();
            String clientCode = problems.required(row, "client");
            Long client = directory.client(clientCode).orElse(null);
            if (clientCode != null && client == null) {
                problems.add(row, "client", "unknown client '" + clientCode + "'");
            }
            String ref = problems.text(row, "complaintRef", 100, true, "ref");
            String queueCode = row.get("queue", "queue_code");
            QueueRef queue = queueCode == null ? null : directory.queue(queueCode).orElse(null);
            if (queueCode != null && queue == null) {
                problems.add(row, "queue", "unknown queue '" + queueCode + "'");
            } else if (queue != null && client != null && queue.clientId() != client) {
                problems.add(row, "queue", "queue '" + queueCode + "' belongs to another client");
            }
            ZoneId zone = queue == null ? ZoneId.of(io.paiban.masterdata.site.Site.DEFAULT_TIME_ZONE) : queue.zone();
            Instant received = problems.instant(row, "receivedAt", zone, true);
            Instant closed = problems.instant(row, "closedAt", zone, false);
            if (received != null && closed != null && closed.isBefore(received)) {
                problems.add(row, "closedAt", "is before receivedAt");
            }
            if (problems.problemCount() == before && parsed.unique(row, problems, "complaintRef", client, ref)) {
                parsed.add(received, new Object[]{client, ref, queue == null ? null : queue.id(), received, closed, now});
            }
        }
        return parsed;
    }

    /** {@code deferred}: true for email/ticket queues only, false for phone/chat only, null for any. */
    private static QueueRef queue(ImportRow row, RowValidator problems, ActualsDirectory directory, Boolean deferred) {
        String code = problems.required(row, "queue", "queue_code");
        if (code == null) {
            return null;
        }
        QueueRef queue = directory.queue(code).orElse(null);
        if (queue == null) {
            problems.add(row, "queue", "unknown queue '" + code + "'");
            return null;
        }
        if (deferred != null && deferred != queue.channel().isDeferred()) {
            problems.add(row, "queue", deferred
                    ? "queue '" + code + "' is a " + queue.channel() + " queue: import its intervals, items are for email and tickets"
                    : "queue '" + code + "' is a " + queue.channel() + " queue: import its items, intervals are for phone and chat");
            return null;
        }
        return queue;
    }

    private int shortAbandon(Integer requested) {
        int seconds = requested == null ? config.shortAbandonSeconds() : requested;
        if (seconds < 0 || seconds > 600) {
            throw ApiException.invalidField("shortAbandonSeconds", "must be 0-600");
        }
        return seconds;
    }

    static int intervalMinutes(Integer requested) {
        int minutes = requested == null ? 30 : requested;
        if (minutes != 15 && minutes != 30 && minutes != 60) {
            throw ApiException.invalidField("intervalMinutes", "must be 15, 30 or 60");
        }
        return minutes;
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    /** Valid rows, their time span, and the first line of each natural key (a key twice in one file is an error). */
    private static final class Parsed<T> {
        final List<T> rows = new ArrayList<>();
        final Map<List<Object>, Integer> firstLine = new HashMap<>();
        Instant from;
        Instant to;

        boolean unique(ImportRow row, RowValidator problems, String field, Object... key) {
            Integer first = firstLine.putIfAbsent(List.of(key), row.line());
            if (first != null) {
                problems.add(row, field, "duplicate of line " + first);
                return false;
            }
            return true;
        }

        void add(Instant at, T values) {
            rows.add(values);
            from = from == null || at.isBefore(from) ? at : from;
            to = to == null || at.isAfter(to) ? at : to;
        }
    }
}
