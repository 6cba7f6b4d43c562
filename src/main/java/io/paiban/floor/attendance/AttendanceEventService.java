package io.paiban.floor.attendance;

import io.paiban.platform.csv.CsvLines;
import io.paiban.platform.csv.ImportRow;
import io.paiban.platform.csv.RowValidator;
import io.paiban.floor.attendance.AttendanceDtos.EventImportSummary;
import io.paiban.floor.attendance.AttendanceDtos.EventRequest;
import io.paiban.floor.attendance.AttendanceDtos.EventView;
import io.paiban.floor.attendance.rules.ClockEvent;
import io.paiban.floor.attendance.rules.EventKind;
import io.paiban.floor.attendance.rules.EventSequence;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records clock and away events. Each event carries a key chosen by the sender, unique per agent: sending it
 * again returns the stored event and records nothing. An event that would break the agent's sequence (in,
 * away-start, away-end, out) where it falls in time is refused, so the stored sequence is always valid; an
 * event for an already evaluated day (a correction) evaluates that day again.
 */
@ApplicationScoped
public class AttendanceEventService {

    /** Device clocks drift; an event further in the future than this is a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    EvaluationService evaluations;

    @Inject
    AccessScope scope;

    /** The stored event and whether this request created it. */
    public record Recorded(EventView event, boolean created) {
    }

    /** A new event for validation: where it came from (line or field prefix) and what it says. */
    record Candidate(int line, String where, Agent agent, EventKind kind, Instant at, String key, boolean reported, String note) {
    }

    @Transactional
    public Recorded record(EventRequest request) {
        // The agent's row lock serialises everything recorded for one agent (issue 15): concurrent events with
        // different keys are checked against each other's sequence, and concurrent retries of one key find the
        // stored event. Taken first in the transaction, so every read after it sees what the previous holder wrote.
        Agent agent = Agent.<Agent>findByIdOptional(request.agentId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.invalidField("agentId", "agent " + request.agentId() + " does not exist"));
        scope.requireAgent(agent.id);
        Optional<AttendanceEvent> stored = byKey(agent.id, request.idempotencyKey());
        if (stored.isPresent()) {
            requireSame(stored.get(), request.kind(), request.occurredAt(), request.idempotencyKey());
            return new Recorded(EventView.of(stored.get()), false);
        }
        Instant now = Instant.now();
        Candidate c = new Candidate(0, "", agent, request.kind(), request.occurredAt(), request.idempotencyKey(),
                Boolean.TRUE.equals(request.reported()), request.note());
        List<Problem.InvalidParam> problems = new ArrayList<>();
        checkNotFuture(c, now, problems);
        if (problems.isEmpty()) {
            checkSequence(agent.id, List.of(c), problems);
        }
        if (!problems.isEmpty()) {
            Problem.InvalidParam p = problems.get(0);
            throw ApiException.invalidField(p.field(), p.message());
        }
        AttendanceEvent saved = persist(c, EventSource.REST, now);
        evaluations.reevaluateAround(agent.id, List.of(c.at()), now);
        return new Recorded(EventView.of(saved), true);
    }

    /**
     * A device batch: header with employee_no, event, occurred_at, idempotency_key and optionally reported, note.
     * All or nothing: every bad line is reported and nothing is stored; lines whose key is stored with the same
     * event are skipped, so a re-sent file records nothing twice.
     */
    @Transactional
    public EventImportSummary importCsv(InputStream body) {
        Instant now = Instant.now();
        RowValidator rows = new RowValidator();
        List<Problem.InvalidParam> problems = new ArrayList<>();
        List<Candidate> fresh = new ArrayList<>();
        Map<String, Candidate> seen = new HashMap<>();
        Map<String, Optional<Agent>> agents = new HashMap<>();
        int lines = 0;
        int duplicates = 0;
        try (CsvLines csv = new CsvLines(body)) {
            csv.requireColumns("employee_no|employee", "event|event_kind|kind", "occurred_at|time", "idempotency_key|key");
            for (ImportRow r = csv.nextRow(); r != null; r = csv.nextRow()) {
                lines++;
                int problemsBefore = rows.problemCount();
                String employeeNo = rows.required(r, "employee_no", "employee");
                Optional<Agent> agent = employeeNo == null ? Optional.empty()
                        : agents.computeIfAbsent(employeeNo, no -> Agent.<Agent>find("employeeNo", no)
                                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional());
                if (employeeNo != null && agent.isEmpty()) {
                    rows.add(r, "employee_no", "no agent with employee number '" + employeeNo + "'");
                }
                EventKind eventKind = rows.oneOf(r, "event", EventKind.class, true, "event_kind", "kind");
                Instant occurred = rows.instant(r, "occurred_at", null, true, "time");
                String keyText = r.get("idempotency_key", "key");
                if (keyText == null || keyText.length() > 100 || !keyText.matches(AttendanceDtos.KEY_PATTERN)) {
                    rows.add(r, "idempotency_key", "required: up to 100 letters, digits and . _ : / -");
                }
                boolean reportedFlag = rows.flag(r, "reported");
                String noteText = rows.text(r, "note", 500, false);
                if (rows.problemCount() > problemsBefore) {
                    continue;
                }
                scope.requireAgent(agent.get().id);
                Candidate c = new Candidate(r.line(), "", agent.get(), eventKind, occurred, keyText, reportedFlag, noteText);
                Candidate earlier = seen.putIfAbsent(c.agent().id + "\u0000" + keyText, c);
                if (earlier != null) {
                    if (earlier.kind() != c.kind() || !earlier.at().equals(c.at())) {
                        rows.add(r, "idempotency_key", "key '" + keyText + "' is used on line " + earlier.line() + " for a different event");
                    } else {
                        duplicates++;
                    }
                    continue;
                }
                Optional<AttendanceEvent> stored = byKey(c.agent().id, keyText);
                if (stored.isPresent()) {
                    if (stored.get().sameEventAs(c.kind(), c.at())) {
                        duplicates++;
                    } else {
                        rows.add(r, "idempotency_key", differentEvent(stored.get(), keyText));
                    }
                    continue;
                }
                checkNotFuture(c, now, problems);
                fresh.add(c);
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("body", e.getMessage());
        }
        Map<Long, List<Candidate>> byAgent = new LinkedHashMap<>();
        fresh.forEach(c -> byAgent.computeIfAbsent(c.agent().id, a -> new ArrayList<>()).add(c));
        byAgent.forEach((agentId, candidates) -> checkSequence(agentId, candidates, problems));
        problems.forEach(p -> rows.add(p.line(), p.field(), p.message()));
        rows.throwIfAny();
        fresh.forEach(c -> persist(c, EventSource.CSV, now));
        int reevaluated = 0;
        for (Map.Entry<Long, List<Candidate>> e : byAgent.entrySet()) {
            reevaluated += evaluations.reevaluateAround(e.getKey(), e.getValue().stream().map(Candidate::at).toList(), now);
        }
        return new EventImportSummary(lines, fresh.size(), duplicates, reevaluated);
    }

    public List<EventView> list(long agentId, Instant from, Instant to) {
        if (Agent.findById(agentId) == null) {
            throw ApiException.notFound("Agent", agentId);
        }
        scope.requireAgent(agentId);
        StringBuilder q = new StringBuilder("agentId = ?1");
        List<Object> p = new ArrayList<>(List.of(agentId));
        if (from != null) {
            p.add(from);
            q.append(" and occurredAt >= ?").append(p.size());
        }
        if (to != null) {
            p.add(to);
            q.append(" and occurredAt < ?").append(p.size());
        }
        return AttendanceEvent.<AttendanceEvent>list(q.toString(), Sort.by("occurredAt").and("id"), p.toArray())
                .stream().map(EventView::of).toList();
    }

    /**
     * Validates the agent's whole sequence from the earliest new event on: the state before it comes from the
     * last stored event, then stored and new events merge in time order (stored first on a tie).
     */
    private static void checkSequence(long agentId, List<Candidate> candidates, List<Problem.InvalidParam> problems) {
        Instant earliest = candidates.stream().map(Candidate::at).min(Comparator.naturalOrder()).orElseThrow();
        AttendanceEvent before = AttendanceEvent.<AttendanceEvent>find("agentId = ?1 and occurredAt < ?2",
                Sort.descending("occurredAt").and("id", Sort.Direction.Descending), agentId, earliest)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        record Item(ClockEvent event, Candidate candidate) {
        }
        List<Item> items = new ArrayList<>();
        AttendanceEvent.<AttendanceEvent>find("agentId = ?1 and occurredAt >= ?2", Sort.by("occurredAt").and("id"), agentId, earliest)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .forEach(e -> items.add(new Item(e.toRule(), null)));
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(Candidate::at).thenComparing(Candidate::line));
        sorted.forEach(c -> items.add(new Item(new ClockEvent(c.at(), c.kind(), c.reported()), c)));
        // stable sort: stored events (added first) stay ahead of new ones at the same instant
        items.sort(Comparator.comparing(i -> i.event().at()));
        EventSequence.check(EventKind.stateAfter(before == null ? null : before.kind), items.stream().map(Item::event).toList())
                .ifPresent(v -> {
                    Item bad = items.get(v.index());
                    Candidate blamed = bad.candidate() != null ? bad.candidate() : sorted.get(0);
                    String message = bad.candidate() != null ? "out of order: " + v.message()
                            : "out of order: the new events make the stored " + v.message() + " invalid";
                    problems.add(blamed.line() > 0
                            ? Problem.InvalidParam.line(blamed.line(), "event", message)
                            : Problem.InvalidParam.field("kind", message));
                });
    }

    private static void checkNotFuture(Candidate c, Instant now, List<Problem.InvalidParam> problems) {
        if (c.at().isAfter(now.plus(CLOCK_SKEW))) {
            String message = "must not be in the future (" + c.at() + ")";
            problems.add(c.line() > 0 ? Problem.InvalidParam.line(c.line(), "occurred_at", message)
                    : Problem.InvalidParam.field("occurredAt", message));
        }
    }

    private static AttendanceEvent persist(Candidate c, EventSource source, Instant now) {
        AttendanceEvent e = new AttendanceEvent();
        e.agentId = c.agent().id;
        e.kind = c.kind();
        e.occurredAt = c.at();
        e.idempotencyKey = c.key();
        e.reported = c.kind() == EventKind.AWAY_START && c.reported();
        e.source = source;
        e.note = c.note();
        e.recordedAt = now;
        e.persist();
        return e;
    }

    private static Optional<AttendanceEvent> byKey(long agentId, String key) {
        // a locking read sees the latest committed rows whatever snapshot the transaction had
        return AttendanceEvent.<AttendanceEvent>find("agentId = ?1 and idempotencyKey = ?2", agentId, key)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    private static void requireSame(AttendanceEvent stored, EventKind kind, Instant at, String key) {
        if (!stored.sameEventAs(kind, at)) {
            throw ApiException.conflict(differentEvent(stored, key));
        }
    }

    private static String differentEvent(AttendanceEvent stored, String key) {
        return "idempotency key '" + key + "' was already used for event " + stored.id + " (" + stored.kind + " at "
                + stored.occurredAt + "); use a new key for a new event";
    }

}
