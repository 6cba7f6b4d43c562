package io.paiban.planning.history;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class HistoryImportTest {

    private static final String HEADER = "queue,interval_start,offered,answered,abandoned,aht_seconds\n";

    private static String queueCode(int siteId) {
        int client = Fixtures.client("TMALL");
        Map<String, Object> body = Fixtures.queueBody(client, siteId, "PHONE", "PRE_SALE");
        given().contentType(ContentType.JSON).body(body).post("/api/queues").then().statusCode(201);
        return (String) body.get("code");
    }

    private static int queueId(String code) {
        return given().get("/api/queues").then().extract().jsonPath()
                .getInt("find { it.code == '" + code + "' }.id");
    }

    private static List<Map<String, Object>> rows(int queueId, String from, String to) {
        return given().queryParam("queueId", queueId).queryParam("from", from).queryParam("to", to)
                .get("/api/history").then().statusCode(200).extract().jsonPath().getList("");
    }

    @Test
    void csvImportReadsOffsetsAndSiteLocalTimesAndReImportReplacesInsteadOfDoubling() {
        String q = queueCode(Fixtures.site());
        String csv = HEADER
                + q + ",2026-11-02T08:00:00+08:00,10,9,1,200\n"
                + q + ",2026-11-02 08:30,12,,,210.5\n";
        // 08:00 is before the default opening (08:30): accepted explicitly (ImportRefusalTest covers the refusal).
        given().contentType("text/csv").queryParam("acceptClosed", true).body(csv).post("/api/history/intervals")
                .then().statusCode(200).body("rows", equalTo(2)).body("queues", equalTo(1))
                .body("from", equalTo("2026-11-02T00:00:00Z")).body("to", equalTo("2026-11-02T00:30:00Z"));
        int id = queueId(q);
        List<Map<String, Object>> stored = rows(id, "2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z");
        assertRows(stored, 2);
        // Omitted answered = offered - abandoned, abandoned = 0.
        org.junit.jupiter.api.Assertions.assertEquals(12, stored.get(1).get("answered"));

        String changed = HEADER
                + q + ",2026-11-02T08:00:00+08:00,11,10,1,200\n"
                + q + ",2026-11-02 08:30,12,,,210.5\n";
        given().contentType("text/csv").queryParam("acceptClosed", true).body(changed).post("/api/history/intervals")
                .then().statusCode(200).body("rows", equalTo(2));
        stored = rows(id, "2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z");
        assertRows(stored, 2);
        org.junit.jupiter.api.Assertions.assertEquals(11, stored.get(0).get("offered"));
    }

    @Test
    void badCsvIsRejectedWithEveryBadLineAndNothingIsWritten() {
        String q = queueCode(Fixtures.site());
        String csv = HEADER
                + q + ",2026-11-03T08:00:00+08:00,10,9,1,200\n"
                + q + ",2026-11-03T08:30:00+08:00,-4,0,0,\n"
                + "NO-SUCH-QUEUE,2026-11-03T09:00:00+08:00,1,1,0,\n"
                + q + ",yesterday,1,1,0,\n"
                + q + ",2026-11-03T08:00:00+08:00,3,3,0,\n"
                + q + ",2026-11-03T09:10:00+08:00,3,3,0,\n";
        given().contentType("text/csv").body(csv).post("/api/history/intervals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was imported"))
                .body("errors", hasSize(5))
                .body("errors[0].line", equalTo(3)).body("errors[0].field", equalTo("offered"))
                .body("errors[1].line", equalTo(4)).body("errors[1].field", equalTo("queue"))
                .body("errors[2].line", equalTo(5)).body("errors[2].field", equalTo("intervalStart"))
                .body("errors[3].line", equalTo(6)).body("errors[3].message", containsString("duplicate of line 2"))
                .body("errors[4].line", equalTo(7)).body("errors[4].message", containsString("30-minute interval"));
        assertRows(rows(queueId(q), "2026-11-02T00:00:00Z", "2026-11-05T00:00:00Z"), 0);
    }

    @Test
    void jsonImportNamesTheRowAndField() {
        String q = queueCode(Fixtures.site());
        Map<String, Object> good = Map.of("queue", q, "intervalStart", "2026-11-04T10:00:00+08:00", "offered", 5);
        Map<String, Object> bad = Map.of("queue", q, "intervalStart", "2026-11-04T10:30:00+08:00", "offered", 5, "answered", 9);
        given().contentType(ContentType.JSON).body(Map.of("intervalMinutes", 30, "rows", List.of(good, bad)))
                .post("/api/history/intervals")
                .then().statusCode(400)
                .body("errors[0].line", equalTo(2)).body("errors[0].field", equalTo("rows[1].answered"));
        assertRows(rows(queueId(q), "2026-11-04T00:00:00Z", "2026-11-05T00:00:00Z"), 0);

        given().contentType(ContentType.JSON).body(Map.of("intervalMinutes", 30, "rows", List.of(good)))
                .post("/api/history/intervals").then().statusCode(200).body("rows", equalTo(1));
        // The queue now holds 30-minute history: a 15-minute import of it would overlap and is refused.
        given().contentType(ContentType.JSON).body(Map.of("intervalMinutes", 15, "rows", List.of(good)))
                .post("/api/history/intervals").then().statusCode(400).body("errors[0].field", equalTo("intervalMinutes"));
    }

    @Test
    void callLogIsAggregatedThroughANamedMappingWithRealZerosForQuietIntervals() throws IOException {
        int site = given().contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("BANK"), "name", "Bank floor", "timeZone", "Asia/Jerusalem"))
                .post("/api/sites").then().statusCode(201).extract().path("id");
        String ps = queueCode(site);
        String nw = queueCode(site);
        Map<String, Object> mapping = Map.ofEntries(
                Map.entry("delimiter", "\\t"),
                Map.entry("dateColumn", "date"), Map.entry("dateFormat", "yyMMdd"), Map.entry("twoDigitYearBase", 1900),
                Map.entry("timeColumns", List.of("q_start", "vru_exit")), Map.entry("timeFormat", "H:mm:ss"),
                Map.entry("emptyTimeValues", List.of("0:00:00")),
                Map.entry("queueColumn", "type"), Map.entry("queueValues", Map.of("PS", ps, "NW", nw)),
                Map.entry("waitColumn", "q_time"), Map.entry("outcomeColumn", "outcome"),
                Map.entry("answeredValues", List.of("AGENT")), Map.entry("abandonedValues", List.of("HANG")),
                Map.entry("ignoredValues", List.of("PHANTOM")), Map.entry("handleColumn", "ser_time"));
        String name = Fixtures.unique("bank");
        given().contentType(ContentType.JSON).body(mapping).put("/api/history/call-log-mappings/" + name)
                .then().statusCode(200).body("mapping.dateFormat", equalTo("yyMMdd"));

        byte[] log = read("/history/bank-sample.tsv");
        for (int attempt = 0; attempt < 2; attempt++) {
            // The bank opens at 07:00, the test queues at the default 08:30: accepted explicitly.
            given().contentType("text/tab-separated-values").body(log).queryParam("mapping", name).queryParam("acceptClosed", true)
                    .post("/api/history/calls")
                    .then().statusCode(200)
                    .body("linesRead", equalTo(6)).body("ignoredLines", equalTo(1))
                    .body("rows", equalTo(2 * 2 * 48)).body("queues", equalTo(2));
        }
        // 1999-02-01 07:00 in Israel (UTC+2) is 05:00Z.
        List<Map<String, Object>> psRows = rows(queueId(ps), "1999-02-01T05:00:00Z", "1999-02-01T06:30:00Z");
        assertRows(psRows, 3);
        org.junit.jupiter.api.Assertions.assertEquals(1, psRows.get(0).get("offered"));
        org.junit.jupiter.api.Assertions.assertEquals(166.0f, ((Number) psRows.get(0).get("ahtSeconds")).floatValue());
        org.junit.jupiter.api.Assertions.assertEquals(20.0f, ((Number) psRows.get(1).get("avgWaitSeconds")).floatValue());
        org.junit.jupiter.api.Assertions.assertEquals(1, psRows.get(2).get("abandoned"));
        org.junit.jupiter.api.Assertions.assertNull(psRows.get(2).get("ahtSeconds"));
        // A quiet interval of a day the log covers is a stored 0, not a gap.
        assertRows(rows(queueId(nw), "1999-02-02T10:00:00Z", "1999-02-02T10:30:00Z"), 1);

        String broken = new String(log, StandardCharsets.UTF_8)
                + "AA0101\t7\tXX\t990202\t9:00:00\t9:00:10\t9:00:10\t0\tAGENT\t50\n"
                + "AA0101\t8\tPS\t990202\t9:00:00\t25:99:10\t0:00:00\t0\tLOST\t50\n";
        given().contentType("text/tab-separated-values").body(broken).queryParam("mapping", name)
                .post("/api/history/calls")
                .then().statusCode(400)
                .body("errors[0].line", equalTo(8)).body("errors[0].field", equalTo("type"))
                .body("errors[1].line", equalTo(9)).body("errors[1].field", equalTo("outcome"))
                .body("errors[2].line", equalTo(9)).body("errors[2].field", equalTo("vru_exit"));
    }

    @Test
    void invalidMappingsAndUnknownMappingNamesAreRefused() {
        given().contentType(ContentType.JSON).body(Map.of("queueCode", "X")).put("/api/history/call-log-mappings/bad")
                .then().statusCode(400).body("errors[0].field", equalTo("dateTimeColumn"));
        given().contentType("text/csv").body("a,b\n1,2\n").queryParam("mapping", "never-stored")
                .post("/api/history/calls").then().statusCode(404).body("errors", nullValue());
    }

    private static void assertRows(List<Map<String, Object>> rows, int expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, rows.size(), rows.toString());
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = HistoryImportTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
