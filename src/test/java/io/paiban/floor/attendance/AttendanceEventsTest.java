package io.paiban.floor.attendance;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Attendance events through REST and CSV, complaints and policies: keys, order, unknown agents, all-or-nothing. */
@QuarkusTest
class AttendanceEventsTest {

    static Map<String, Object> agentBody(int site, String employeeNo, String team) {
        Map<String, Object> body = new HashMap<>();
        body.put("employeeNo", employeeNo);
        body.put("fullName", "李娜");
        body.put("siteId", site);
        body.put("employmentType", "IN_HOUSE");
        body.put("status", "ACTIVE");
        body.put("contractHoursPerWeek", 48);
        body.put("nightEligible", true);
        body.put("hourlyCost", 26.5);
        body.put("teamName", team);
        return body;
    }

    static int agent(int site, String employeeNo, String team) {
        return given().contentType(ContentType.JSON).body(agentBody(site, employeeNo, team)).post("/api/agents")
                .then().statusCode(201).body("teamName", equalTo(team)).extract().path("id");
    }

    static Map<String, Object> event(int agent, String kind, String at, String key) {
        return Map.of("agentId", agent, "kind", kind, "occurredAt", at, "idempotencyKey", key);
    }

    @Test
    void aRetryWithTheSameKeyRecordsNothing() {
        int agent = agent(Fixtures.site(), Fixtures.unique("KF"), "Team A");
        int id = given().contentType(ContentType.JSON).body(event(agent, "CLOCK_IN", "2026-03-02T08:29:00+08:00", "k-1"))
                .post("/api/attendance/events").then().statusCode(201).body("source", equalTo("REST")).extract().path("id");
        given().contentType(ContentType.JSON).body(event(agent, "CLOCK_IN", "2026-03-02T08:29:00+08:00", "k-1"))
                .post("/api/attendance/events").then().statusCode(200).body("id", equalTo(id));
        given().contentType(ContentType.JSON).body(event(agent, "CLOCK_OUT", "2026-03-02T17:30:00+08:00", "k-1"))
                .post("/api/attendance/events").then().statusCode(409).body("detail", containsString("k-1"));
        given().queryParam("agentId", agent).get("/api/attendance/events").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void eventsOutOfOrderOrForUnknownAgentsAreRefused() {
        int agent = agent(Fixtures.site(), Fixtures.unique("KF"), null);
        given().contentType(ContentType.JSON).body(event(agent, "CLOCK_OUT", "2026-03-02T17:30:00+08:00", "o-1"))
                .post("/api/attendance/events").then().statusCode(400)
                .body("detail", containsString("out of order: CLOCK_OUT while not clocked in"));
        given().contentType(ContentType.JSON).body(event(agent, "CLOCK_IN", "2026-03-02T08:30:00+08:00", "o-2"))
                .post("/api/attendance/events").then().statusCode(201);
        given().contentType(ContentType.JSON).body(event(agent, "AWAY_END", "2026-03-02T09:30:00+08:00", "o-3"))
                .post("/api/attendance/events").then().statusCode(400).body("detail", containsString("AWAY_END while already clocked in"));
        // a clock-in before the stored one would leave the stored clock-in without a clock-out between them
        given().contentType(ContentType.JSON).body(event(agent, "CLOCK_IN", "2026-03-02T08:00:00+08:00", "o-4"))
                .post("/api/attendance/events").then().statusCode(400).body("detail", containsString("out of order"));
        given().contentType(ContentType.JSON).body(event(99_999_999, "CLOCK_IN", "2026-03-02T08:30:00+08:00", "o-5"))
                .post("/api/attendance/events").then().statusCode(400).body("errors[0].field", equalTo("agentId"));
        given().contentType(ContentType.JSON).body(event(agent, "CLOCK_OUT", "2099-03-02T17:30:00+08:00", "o-6"))
                .post("/api/attendance/events").then().statusCode(400).body("detail", containsString("future"));
    }

    @Test
    void csvImportIsAllOrNothingAndIdempotent() {
        int site = Fixtures.site();
        String no = Fixtures.unique("KF");
        int agent = agent(site, no, "Team B");
        String bad = "employee_no,event,occurred_at,idempotency_key\n"
                + no + ",CLOCK_IN,2026-03-03T08:30:00+08:00,d-1\n"
                + "NOBODY-1,CLOCK_IN,2026-03-03T08:30:00+08:00,d-2\n"
                + no + ",AWAY_END,2026-03-03T10:00:00+08:00,d-3\n"
                + no + ",LUNCH,2026-03-03T12:00:00+08:00,d-4\n";
        given().contentType("text/csv").body(bad).post("/api/attendance/events/import").then().statusCode(400)
                .body("errors", hasSize(3))
                .body("errors[0].line", equalTo(3)).body("errors[0].field", equalTo("employee_no"))
                .body("errors[1].line", equalTo(4)).body("errors[1].message", containsString("out of order"))
                .body("errors[2].line", equalTo(5)).body("errors[2].field", equalTo("event"));
        given().queryParam("agentId", agent).get("/api/attendance/events").then().body("$", hasSize(0));

        String good = "employee_no,event,occurred_at,idempotency_key,reported\n"
                + no + ",CLOCK_IN,2026-03-03T08:30:00+08:00,d-1,\n"
                + no + ",AWAY_START,2026-03-03T10:00:00+08:00,d-3,true\n"
                + no + ",AWAY_END,2026-03-03T10:15:00+08:00,d-4,\n"
                + no + ",CLOCK_OUT,2026-03-03T17:30:00+08:00,d-5,\n";
        given().contentType("text/csv").body(good).post("/api/attendance/events/import").then().statusCode(200)
                .body("lines", equalTo(4)).body("recorded", equalTo(4)).body("duplicates", equalTo(0));
        given().contentType("text/csv").body(good).post("/api/attendance/events/import").then().statusCode(200)
                .body("recorded", equalTo(0)).body("duplicates", equalTo(4));
        given().queryParam("agentId", agent).get("/api/attendance/events").then()
                .body("kind", equalTo(List.of("CLOCK_IN", "AWAY_START", "AWAY_END", "CLOCK_OUT")))
                .body("reported", equalTo(List.of(false, true, false, false)))
                .body("source[0]", equalTo("CSV"));
    }

    @Test
    void policiesTakeTheDefaultsAndOnePerSiteOrClient() {
        given().get("/api/attendance/policies/defaults").then().statusCode(200)
                .body("minorLateMaxMinutes", equalTo(10)).body("majorLateMaxMinutes", equalTo(30))
                .body("awayReportMinutes", equalTo(10)).body("awayAbsenceMinutes", equalTo(30))
                .body("latesPerAbsence", equalTo(3)).body("absencesForDismissal", equalTo(2))
                .body("complaintsForDismissal", equalTo(3)).body("id", nullValue());
        int site = Fixtures.site();
        int id = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "majorLateFine", 25))
                .post("/api/attendance/policies").then().statusCode(201)
                .body("majorLateFine", equalTo(25)).body("minorLateFine", equalTo(10.0f)).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("siteId", site)).post("/api/attendance/policies").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "clientId", Fixtures.client("TMALL")))
                .post("/api/attendance/policies").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "minorLateMaxMinutes", 40, "version", 0))
                .put("/api/attendance/policies/" + id).then().statusCode(400).body("errors[0].field", equalTo("majorLateMaxMinutes"));
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "awayReportMinutes", 15, "version", 0))
                .put("/api/attendance/policies/" + id).then().statusCode(200).body("awayReportMinutes", equalTo(15))
                .body("majorLateFine", equalTo(20.0f));
        given().queryParam("siteId", site).get("/api/attendance/policies").then().body("$", hasSize(1));
        given().delete("/api/attendance/policies/" + id).then().statusCode(204);
    }

    @Test
    void complaintsAreRecordedAgainstAnAgent() {
        int agent = agent(Fixtures.site(), Fixtures.unique("KF"), null);
        int client = Fixtures.client("JD");
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("agentId", agent, "complaintDate", "2026-03-05", "clientId", client, "reason", "rude reply"))
                .post("/api/attendance/complaints").then().statusCode(201).body("verified", equalTo(false)).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("agentId", agent, "complaintDate", "2026-03-05", "clientId", client, "reason", "rude reply",
                        "verified", true, "version", 0))
                .put("/api/attendance/complaints/" + id).then().statusCode(200).body("verified", equalTo(true));
        given().queryParam("agentId", agent).get("/api/attendance/complaints").then().body("$", hasSize(1));
        given().contentType(ContentType.JSON).body(Map.of("agentId", 99_999_999, "complaintDate", "2026-03-05", "reason", "x"))
                .post("/api/attendance/complaints").then().statusCode(400);
    }
}
