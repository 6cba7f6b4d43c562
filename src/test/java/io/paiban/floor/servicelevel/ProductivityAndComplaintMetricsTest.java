package io.paiban.floor.servicelevel;

import io.paiban.floor.attendance.PublishedRosterFixture;
import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Talk time, contacts per agent hour and complaint-handling timeliness served by /api/service-metrics, on hand-computed
 * data (docs/metrics.md, "Talk time, contacts per agent hour" and "Complaints").
 */
@QuarkusTest
class ProductivityAndComplaintMetricsTest {

    @Inject
    PublishedRosterFixture roster;

    @Test
    void talkTimeAndContactsPerHourFromThePublishedAgentsStates() throws Exception {
        int site = Fixtures.site();
        int client = Fixtures.client("JD");
        Map<String, Object> body = Fixtures.queueBody(client, site, "PHONE", "PRE_SALE");
        String phone = (String) body.get("code");
        int phoneId = given().contentType(ContentType.JSON).body(body).post("/api/queues").then().statusCode(201).extract().path("id");
        int agent = Fixtures.agent(site, List.of(phoneId));
        String employeeNo = given().get("/api/agents/" + agent).then().statusCode(200).extract().path("employeeNo");
        long rosterId = roster.publishedRoster(site, LocalDate.of(2026, 11, 2), 1);
        roster.publish(rosterId, agent, LocalDate.of(2026, 11, 3), roster.templateId("DAY"), (long) phoneId);

        given().contentType("text/csv").body("queue,interval_start,offered,answered,answered_within,abandoned,handle_seconds\n"
                        + phone + ",2026-11-03 09:00,10,9,8,1,1620\n"
                        + phone + ",2026-11-03 09:30,4,4,4,0,800\n")
                .post("/api/actuals/queue-intervals").then().statusCode(200);
        // 09:00: ready 240 s, on the line 1 260 s, after-call 180 s, away 120 s; 09:30: no state row (not logged in)
        given().contentType("text/csv").body("agent,interval_start,available_seconds,handling_seconds,after_call_seconds,away_seconds\n"
                        + employeeNo + ",2026-11-03 09:00,240,1260,180,120\n")
                .post("/api/actuals/agent-states").then().statusCode(200);

        JsonPath intervals = given().config(Fixtures.DOUBLES).queryParam("queueId", phoneId).queryParam("from", "2026-11-03")
                .queryParam("to", "2026-11-03").queryParam("granularity", "INTERVAL")
                .get("/api/service-metrics").then().statusCode(200).extract().jsonPath();
        String nine = "periods.find { it.period == '2026-11-03T09:00' }.metrics";
        assertEquals(140.0, intervals.getDouble(nine + ".talk_time"), 1e-9);                  // 1 260 / 9
        assertEquals(180.0, intervals.getDouble(nine + ".aht"), 1e-9);                        // 1 620 / 9, after-call work included
        assertEquals(1260.0, intervals.getDouble(nine + ".talk_time_total"), 1e-9);
        assertEquals(19.29, intervals.getDouble(nine + ".contacts_per_agent_hour"), 1e-9);    // 9 / (1 680 / 3 600) = 19.2857
        assertEquals(18.0, intervals.getDouble(nine + ".contacts_per_scheduled_hour"), 1e-9); // 9 / (1 800 / 3 600)
        // Boundary: scheduled but nothing logged: no talk time or agent-hour figure (absent, not 0), the schedule figure stays.
        String half = "periods.find { it.period == '2026-11-03T09:30' }.metrics";
        assertNull(intervals.get(half + ".talk_time"));
        assertNull(intervals.get(half + ".contacts_per_agent_hour"));
        assertEquals(8.0, intervals.getDouble(half + ".contacts_per_scheduled_hour"), 1e-9);  // 4 / 0.5
        // Scheduled intervals without contacts have no productivity either.
        String ten = "periods.find { it.period == '2026-11-03T10:30' }.metrics";
        assertNull(intervals.get(ten + ".contacts_per_scheduled_hour"));

        // The two intervals together: 13 / (1 680 / 3 600) = 27.857; talk time 1 260 / 13 = 96.9
        JsonPath both = given().config(Fixtures.DOUBLES).queryParam("queueId", phoneId).queryParam("from", "2026-11-03")
                .queryParam("to", "2026-11-03").queryParam("granularity", "DAY")
                .get("/api/service-metrics").then().statusCode(200).extract().jsonPath();
        assertEquals(96.9, both.getDouble("periods[0].metrics.talk_time"), 1e-9);
        assertEquals(27.86, both.getDouble("periods[0].metrics.contacts_per_agent_hour"), 1e-9);

        // Empty: a queue with contacts and no published agent has none of the three.
        Map<String, Object> other = Fixtures.queueBody(client, site, "PHONE", "ORDER");
        int otherId = given().contentType(ContentType.JSON).body(other).post("/api/queues").then().statusCode(201).extract().path("id");
        given().contentType("text/csv").body("queue,interval_start,offered,answered,answered_within,abandoned,handle_seconds\n"
                + other.get("code") + ",2026-11-03 09:00,10,9,8,1,1620\n").post("/api/actuals/queue-intervals").then().statusCode(200);
        JsonPath none = given().config(Fixtures.DOUBLES).queryParam("queueId", otherId).queryParam("from", "2026-11-03")
                .queryParam("to", "2026-11-03").get("/api/service-metrics").then().statusCode(200).extract().jsonPath();
        assertEquals(180.0, none.getDouble("periods[0].metrics.aht"), 1e-9);
        Map<String, Object> metrics = none.getMap("periods[0].metrics");
        assertFalse(metrics.containsKey("talk_time"));
        assertFalse(metrics.containsKey("contacts_per_agent_hour"));
        assertFalse(metrics.containsKey("contacts_per_scheduled_hour"));
    }

    @Test
    void complaintHandlingTimelinessAgainstTheTwentyFourHourDeadline() {
        int site = Fixtures.site();
        int client = Fixtures.client("JD");
        String clientCode = given().get("/api/clients/" + client).then().statusCode(200).extract().path("code");
        Map<String, Object> body = Fixtures.queueBody(client, site, "EMAIL", "AFTER_SALE");
        String queue = (String) body.get("code");
        int queueId = given().contentType(ContentType.JSON).body(body).post("/api/queues").then().statusCode(201).extract().path("id");
        String file = "client,complaint_ref,received_at,closed_at,queue\n"
                + clientCode + ",C1,2026-11-03 10:00,2026-11-04 10:00," + queue + "\n"   // exactly 24 h: on time
                + clientCode + ",C2,2026-11-03 11:00,2026-11-04 12:00," + queue + "\n"   // 25 h: late
                + clientCode + ",C3,2026-11-03 12:00,," + queue + "\n"                   // open, due 11-04 12:00, past: late
                + clientCode + ",C4,2026-11-03 13:00,2026-11-03 15:00,\n";               // 2 h, no queue: client only
        given().contentType("text/csv").body(file).post("/api/actuals/complaints").then().statusCode(200).body("rows", equalTo(4));
        given().contentType("text/csv").body(file).post("/api/actuals/complaints").then().statusCode(200).body("rows", equalTo(4));

        JsonPath ofClient = given().config(Fixtures.DOUBLES).queryParam("clientId", client).queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30").queryParam("granularity", "MONTH")
                .get("/api/service-metrics").then().statusCode(200).extract().jsonPath();
        assertEquals(4.0, ofClient.getDouble("periods[0].complaints.received"), 1e-9);       // re-import replaced, not doubled
        assertEquals(0.5, ofClient.getDouble("periods[0].metrics.complaint_handling_timeliness"), 1e-9);   // 2 / 4
        assertEquals(61200.0, ofClient.getDouble("periods[0].metrics.mean_complaint_handling_time"), 1e-9); // (86 400 + 90 000 + 7 200) / 3

        JsonPath ofQueue = given().config(Fixtures.DOUBLES).queryParam("queueId", queueId).queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30").queryParam("granularity", "MONTH")
                .get("/api/service-metrics").then().statusCode(200).extract().jsonPath();
        assertEquals(0.3333, ofQueue.getDouble("periods[0].metrics.complaint_handling_timeliness"), 1e-9);  // 1 / 3
        assertEquals(88200.0, ofQueue.getDouble("periods[0].metrics.mean_complaint_handling_time"), 1e-9);

        // Open and not yet due: neither met nor missed, so no timeliness yet.
        Instant recent = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        given().contentType(ContentType.JSON).body(Map.of("rows", List.of(Map.of("client", clientCode, "complaintRef", "C5",
                "receivedAt", recent.toString())))).post("/api/actuals/complaints").then().statusCode(200);
        String today = LocalDate.ofInstant(recent, java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonPath open = given().config(Fixtures.DOUBLES).queryParam("clientId", client).queryParam("from", today)
                .queryParam("to", today).get("/api/service-metrics").then().statusCode(200).extract().jsonPath();
        assertEquals(1.0, open.getDouble("periods[0].complaints.notYetDue"), 1e-9);
        assertNull(open.get("periods[0].metrics.complaint_handling_timeliness"));
    }

    @Test
    void badComplaintLinesAreNamedAndNothingIsImported() {
        int site = Fixtures.site();
        int client = Fixtures.client("JD");
        int otherClient = Fixtures.client("TMALL");
        String clientCode = given().get("/api/clients/" + client).then().statusCode(200).extract().path("code");
        Map<String, Object> body = Fixtures.queueBody(otherClient, site, "EMAIL", "AFTER_SALE");
        given().contentType(ContentType.JSON).body(body).post("/api/queues").then().statusCode(201);
        given().contentType("text/csv").body("client,complaint_ref,received_at,closed_at,queue\n"
                        + clientCode + ",OK,2026-11-03 10:00,,\n"
                        + clientCode + ",B1,2026-11-03 10:00,2026-11-03 09:00,\n"
                        + "NOPE,B2,2026-11-03 10:00,,\n"
                        + clientCode + ",B3,2026-11-03 10:00,," + body.get("code") + "\n")
                .post("/api/actuals/complaints").then().statusCode(400)
                .body("errors", hasSize(3))
                .body("errors[0].line", equalTo(3)).body("errors[0].field", equalTo("closedAt"))
                .body("errors[1].line", equalTo(4)).body("errors[1].field", equalTo("client"))
                .body("errors[2].line", equalTo(5)).body("errors[2].field", equalTo("queue"));
        given().queryParam("clientId", client).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .queryParam("granularity", "MONTH").get("/api/service-metrics").then().statusCode(200)
                .body("periods", hasSize(0));
    }
}
