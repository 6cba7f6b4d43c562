package io.paiban.platform.csv;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowValidatorTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    enum Kind { CLOCK_IN, CLOCK_OUT }

    private static List<ImportRow> csv(String text) {
        return CsvLines.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null, "queue|queue_code", "offered");
    }

    private static List<Problem.InvalidParam> problems(RowValidator v) {
        return assertThrows(ApiException.class, v::throwIfAny).errors();
    }

    @Test
    void goodValuesAreReadWithColumnNamesMatchedLoosely() {
        ImportRow row = csv("Queue_Code,offered,interval-start,aht seconds,amount,kind,reported,day\n"
                + "Q1, 12 ,2026-11-11 08:30,215.5,10.25,clock-in,yes,2026-11-11\n").get(0);
        RowValidator v = new RowValidator();
        assertEquals("Q1", v.required(row, "queue", "queue_code"));
        assertEquals(12, v.wholeNumber(row, "offered", true));
        assertEquals(Instant.parse("2026-11-11T00:30:00Z"), v.instant(row, "intervalStart", SHANGHAI, true));
        assertEquals(215.5, v.decimal(row, "ahtSeconds"));
        assertEquals(new BigDecimal("10.25"), v.amount(row, "amount", 2));
        assertEquals(Kind.CLOCK_IN, v.oneOf(row, "kind", Kind.class, true));
        assertTrue(v.flag(row, "reported"));
        assertEquals(LocalDate.of(2026, 11, 11), v.date(row, "day"));
        assertTrue(v.aligned(row, "intervalStart", Instant.parse("2026-11-11T00:30:00Z"), SHANGHAI, 30));
        assertNull(v.decimal(row, "notThere"));
        assertTrue(v.isEmpty());
        v.throwIfAny();
    }

    @Test
    void everyProblemNamesItsLineAndFieldAndTheyComeInLineOrder() {
        List<ImportRow> rows = csv("queue,offered,start,aht,kind\n"
                + ",-4,yesterday,-1,LUNCH\n"
                + "Q,x,2026-11-11 08:10,abc,\n");
        RowValidator v = new RowValidator();
        v.add(rows.get(1).line(), "event", "out of order: added after line 3 was read");
        for (ImportRow row : rows) {
            v.required(row, "queue");
            v.wholeNumber(row, "offered", true);
            Instant start = v.instant(row, "start", SHANGHAI, true);
            if (start != null) {
                v.aligned(row, "start", start, SHANGHAI, 30);
            }
            v.decimal(row, "aht");
            v.oneOf(row, "kind", Kind.class, true);
        }
        ApiException e = assertThrows(ApiException.class, v::throwIfAny);
        assertEquals("2 invalid line(s), 10 problem(s); nothing was imported", e.getMessage());
        List<String> seen = new ArrayList<>();
        e.errors().forEach(p -> seen.add(p.line() + " " + p.field() + ": " + p.message()));
        assertEquals(List.of(
                "2 queue: is required",
                "2 offered: must not be negative: -4",
                "2 start: 'yesterday' is not an ISO-8601 date-time (2026-11-11T08:30:00+08:00 or 2026-11-11 08:30)",
                "2 aht: must not be negative: -1",
                "2 kind: 'LUNCH' is not one of CLOCK_IN, CLOCK_OUT",
                "3 event: out of order: added after line 3 was read",
                "3 offered: 'x' is not a whole number",
                "3 start: 2026-11-11T08:10 (Asia/Shanghai) is not the start of a 30-minute interval",
                "3 aht: 'abc' is not a number",
                "3 kind: is required"), seen);
    }

    @Test
    void jsonRowsCarryTheirPathAndRowNumber() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("occurredAt", "2026-03-10 08:29");
        object.put("amount", 1.234);
        object.put("reported", "maybe");
        ImportRow row = ImportRow.ofJson(2, object);
        RowValidator v = new RowValidator();
        assertNull(v.instant(row, "occurred_at", null, true));
        assertNull(v.amount(row, "amount", 2));
        assertFalse(v.flag(row, "reported"));
        assertNull(v.text(row, "note", 5, true));
        List<Problem.InvalidParam> problems = problems(v);
        assertEquals(List.of("rows[2].occurred_at", "rows[2].amount", "rows[2].reported", "rows[2].note"),
                problems.stream().map(Problem.InvalidParam::field).toList());
        assertEquals(3, problems.get(0).line());
        assertEquals("'2026-03-10 08:29' is not an ISO-8601 date-time with an offset, e.g. 2026-03-10T08:29:40+08:00",
                problems.get(0).message());
        assertEquals("must be a non-negative amount with at most 2 decimals: 1.234", problems.get(1).message());
    }

    @Test
    void aMissingRequiredColumnIsRefusedOnTheHeaderLine() {
        ApiException e = assertThrows(ApiException.class, () -> csv("queue,answered\nQ,1\n"));
        assertEquals(1, e.errors().get(0).line());
        assertEquals("header", e.errors().get(0).field());
        assertEquals("missing offered; found queue,answered", e.errors().get(0).message());
    }

    @Test
    void aWallTimeInADaylightSavingGapDoesNotExist() {
        RowValidator v = new RowValidator();
        assertNull(v.instant(7, "intervalStart", "2026-03-08 02:30", ZoneId.of("America/New_York"), true));
        assertEquals("'2026-03-08T02:30' does not exist in America/New_York (daylight-saving gap)", problems(v).get(0).message());
    }

    @Test
    void onlyTheFirstHundredProblemsAreListedButAllAreCounted() {
        RowValidator v = new RowValidator();
        for (int line = 2; line < 152; line++) {
            v.wholeNumber(line, "offered", "-1", true);
        }
        ApiException e = assertThrows(ApiException.class, v::throwIfAny);
        assertEquals(RowValidator.LISTED, e.errors().size());
        assertEquals("150 invalid line(s), 150 problem(s) (first 100 listed); nothing was imported", e.getMessage());
    }
}
