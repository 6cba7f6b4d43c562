package io.paiban.planning.history;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Issue 17: imports that refuse surprising files, undoing an import, queue delete refused while in use, time parameters. */
@QuarkusTest
class ImportRefusalTest {

    private static final String HEADER = "queue,interval_start,offered,answered,abandoned,aht_seconds\n";

    /** A phone queue open 09:00-18:00 every day, at a Shanghai site. */
    private static Map<String, Object> queue() {
        int client = Fixtures.client("TMALL");
        Map<String, Object> body = Fixtures.queueBody(client, Fixtures.site(), "PHONE", "PRE_SALE");
        body.put("openingHours", java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> Map.of("dayOfWeek", d.name(), "opensAt", "09:00", "closesAt", "18:00")).toList());
        int id = given().contentType(ContentType.JSON).body(body).post("/api/queues").then().statusCode(201).extract().path("id");
        body.put("id", id);
        return body;
    }

    @Test
    void volumeInClosedHoursIsRefusedWithCountAndFirstLinesUnlessAccepted() {
        Map<String, Object> q = queue();
        String code = (String) q.get("code");
        String csv = HEADER
                + code + ",2026-11-02T09:00:00+08:00,10,9,1,200\n"
                + code + ",2026-11-02T03:00:00+08:00,4,4,0,200\n"   // line 3: closed
                + code + ",2026-11-02T18:00:00+08:00,0,0,0,\n"      // closed but empty: fine
                + code + ",2026-11-02T19:30:00Z,2,2,0,200\n";       // line 5: 03:30 site time, closed
        given().contentType("text/csv").body(csv).post("/api/history/intervals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("2 interval(s) carry volume while their queue is closed (first: line 3, line 5); nothing was"
                        + " imported. Check the file's time zone, or pass acceptClosed=true to import them anyway (for example after"
                        + " the queue's opening hours changed)"))
                .body("errors", hasSize(2))
                .body("errors[0].line", equalTo(3)).body("errors[0].field", equalTo("intervalStart"))
                .body("errors[0].message", equalTo("queue " + code + " is closed at 2026-11-02T03:00 (site time) but the row has 4 offered"))
                .body("errors[1].line", equalTo(5))
                .body("errors[1].message", equalTo("queue " + code + " is closed at 2026-11-03T03:30 (site time) but the row has 2 offered"));
        given().queryParam("queueId", q.get("id")).queryParam("from", "2026-11-01").queryParam("to", "2026-11-05")
                .get("/api/history").then().statusCode(200).body("", hasSize(0));

        given().contentType("text/csv").queryParam("acceptClosed", true).body(csv).post("/api/history/intervals")
                .then().statusCode(200).body("rows", equalTo(4));
    }

    @Test
    void jsonRowsInClosedHoursNameTheRow() {
        Map<String, Object> q = queue();
        Map<String, Object> body = Map.of("intervalMinutes", 30, "rows", List.of(
                Map.of("queue", q.get("code"), "intervalStart", "2026-11-02T12:00:00+08:00", "offered", 5),
                Map.of("queue", q.get("code"), "intervalStart", "2026-11-02T23:00:00+08:00", "offered", 1)));
        given().contentType(ContentType.JSON).body(body).post("/api/history/intervals")
                .then().statusCode(400)
                .body("detail", equalTo("1 interval(s) carry volume while their queue is closed (first: row 2); nothing was"
                        + " imported. Check the file's time zone, or pass acceptClosed=true to import them anyway (for example after"
                        + " the queue's opening hours changed)"))
                .body("errors[0].line", equalTo(2));
    }

    @Test
    void callLogCallsInClosedHoursAreRefusedNamingTheirFirstLine() {
        Map<String, Object> q = queue();
        String mapping = "refusal-" + q.get("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("dateTimeColumn", "arrived", "queueCode", q.get("code"), "fillEmptyIntervals", false))
                .put("/api/history/call-log-mappings/" + mapping).then().statusCode(200);
        String log = "arrived\n2026-11-02T10:05:00\n2026-11-02T02:10:00\n2026-11-02T02:20:00\n";
        given().contentType("text/csv").queryParam("mapping", mapping).body(log).post("/api/history/calls")
                .then().statusCode(400)
                .body("detail", equalTo("1 interval(s) carry volume while their queue is closed (first: line 3); nothing was"
                        + " imported. Check the file's time zone, or pass acceptClosed=true to import them anyway (for example after"
                        + " the queue's opening hours changed)"))
                .body("errors[0].message", equalTo("queue " + q.get("code") + " is closed at 2026-11-02T02:00 (site time) but the row has 2 offered"));
        given().contentType("text/csv").queryParam("mapping", mapping).queryParam("acceptClosed", true).body(log)
                .post("/api/history/calls").then().statusCode(200).body("rows", equalTo(2));
    }

    @Test
    void queueWithHistoryCannotBeDeletedUntilItsHistoryIsDeleted() {
        Map<String, Object> q = queue();
        int id = (int) q.get("id");
        String csv = HEADER + q.get("code") + ",2026-11-02T09:00:00+08:00,10,9,1,200\n"
                + q.get("code") + ",2026-11-03T09:00:00+08:00,7,7,0,200\n";
        given().contentType("text/csv").body(csv).post("/api/history/intervals").then().statusCode(200);

        given().delete("/api/queues/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Queue " + q.get("code") + " is still in use: 2 history interval(s) (DELETE /api/history?queueId="
                        + id + "&from=&to= removes them); delete those first"));

        // Delete one day (site-local dates), then the rest (instants): the queue can go.
        given().queryParam("queueId", id).queryParam("from", "2026-11-02").queryParam("to", "2026-11-03")
                .delete("/api/history").then().statusCode(200).body("deletedRows", equalTo(1))
                .body("from", equalTo("2026-11-01T16:00:00Z"));
        given().queryParam("queueId", id).queryParam("from", "2026-11-03T00:00:00+08:00").queryParam("to", "2026-11-04T00:00:00Z")
                .delete("/api/history").then().statusCode(200).body("deletedRows", equalTo(1));
        given().delete("/api/queues/" + id).then().statusCode(204);
    }

    @Test
    void timeParametersInAWrongFormatAre400NamingTheParameter() {
        Map<String, Object> q = queue();
        String expected = "a date yyyy-MM-dd (site-local start of day) or an ISO-8601 date-time (2026-11-11T08:00:00+08:00,"
                + " 2026-11-11T00:00:00Z, or 2026-11-11T08:00 in site time)";
        given().queryParam("queueId", q.get("id")).queryParam("from", "11/02/2026").queryParam("to", "2026-11-03")
                .get("/api/history").then().statusCode(400)
                .body("detail", equalTo("from: '11/02/2026' is not " + expected))
                .body("errors[0].field", equalTo("from"));
        given().queryParam("queueId", q.get("id")).queryParam("from", "2026-11-02")
                .get("/api/history").then().statusCode(400).body("detail", equalTo("to: is required: " + expected));
        // Both endpoints take dates and instants alike.
        given().queryParam("queueId", q.get("id")).queryParam("from", "2026-11-02").queryParam("to", "2026-11-03T00:00:00Z")
                .get("/api/history").then().statusCode(200);
        given().queryParam("queueId", q.get("id")).queryParam("from", "2026-11-02T00:00:00+08:00").queryParam("to", "2026-11-09")
                .get("/api/forecast-accuracy").then().statusCode(200);
        given().queryParam("queueId", q.get("id")).queryParam("from", "2026-11-02").queryParam("to", "next week")
                .get("/api/forecast-accuracy").then().statusCode(400).body("detail", equalTo("to: 'next week' is not " + expected));
    }

    @Test
    void intervalFilesReadThroughANamedMappingLandInSiteTime() {
        Map<String, Object> q = queue();
        String code = (String) q.get("code");
        String name = "acd-" + q.get("id");
        Map<String, Object> mapping = new java.util.HashMap<>(Map.of("delimiter", ";", "queueColumn", "Skill",
                "queueValues", Map.of("S1", code), "intervalStartColumn", "Start", "timeFormat", "dd.MM.yyyy HH:mm",
                "zone", "UTC", "offeredColumn", "Calls", "answeredColumn", "Handled", "ahtColumn", "AHT"));
        given().contentType(ContentType.JSON).body(mapping).put("/api/history/interval-mappings/" + name)
                .then().statusCode(200).body("mapping.zone", equalTo("UTC"));
        // 01:00 UTC is 09:00 in Shanghai (open); 20:00 UTC is 04:00 the next day (closed).
        String file = "Skill;Start;Calls;Handled;AHT\nS1;02.11.2026 01:00;10;9;200\nS1;02.11.2026 20:00;3;3;100\n";
        given().contentType("text/csv").queryParam("mapping", name).body(file).post("/api/history/intervals")
                .then().statusCode(400)
                .body("errors[0].line", equalTo(3))
                .body("errors[0].message", equalTo("queue " + code + " is closed at 2026-11-03T04:00 (site time) but the row has 3 offered"));
        given().contentType("text/csv").queryParam("mapping", name).body("Skill;Start;Calls;Handled;AHT\nS1;02.11.2026 01:00;10;9;200\n")
                .post("/api/history/intervals").then().statusCode(200).body("rows", equalTo(1)).body("from", equalTo("2026-11-02T01:00:00Z"));
        given().contentType("text/csv").queryParam("mapping", name).body("Skill;Start;Calls;Handled;AHT\nS1;2026-11-02 01:00;10;9;200\n")
                .post("/api/history/intervals").then().statusCode(400)
                .body("errors[0].field", equalTo("Start"))
                .body("errors[0].message", equalTo("'2026-11-02 01:00' does not match the time format 'dd.MM.yyyy HH:mm'"));
        given().contentType(ContentType.JSON).body(Map.of("queueCode", code, "intervalStartColumn", "Start"))
                .put("/api/history/interval-mappings/" + name).then().statusCode(400).body("errors[0].field", equalTo("offeredColumn"));
    }
}
