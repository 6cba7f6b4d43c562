package io.paiban.planning.staffing;

import io.paiban.planning.staffing.model.DeadlineRule;
import io.paiban.planning.staffing.model.DeferredWorkPlanner;
import io.paiban.planning.staffing.model.DeferredWorkStream;
import io.paiban.planning.staffing.model.PlanningInterval;
import io.paiban.support.DatabaseCleaner;
import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forecast run -> staffing run on a demo center with phone, chat, tickets and email. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffingRunResourceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    DatabaseCleaner cleaner;

    @Inject
    io.paiban.floor.sales.FollowUpService followUps;

    int forecastRun;
    int staffingRun;
    Map<String, Map<String, Object>> queues = new HashMap<>();

    @BeforeEach
    void forecastADemoWeek() throws Exception {
        if (forecastRun != 0) {
            return;
        }
        cleaner.deleteMasterData();
        given().config(Fixtures.DOUBLES).queryParam("agents", 40).queryParam("queues", 7).queryParam("weeks", 8).queryParam("historyEnd", "2026-11-23")
                .post("/api/demo").then().statusCode(201);
        int site = given().config(Fixtures.DOUBLES).get("/api/sites").then().extract().path("[0].id");
        List<Map<String, Object>> all = given().config(Fixtures.DOUBLES).get("/api/queues").then().extract().jsonPath().getList("");
        all.forEach(q -> queues.put((String) q.get("code"), q));
        forecastRun = given().config(Fixtures.DOUBLES).contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 1))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
    }

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    private int queueId(String code) {
        return (Integer) queues.get(code).get("id");
    }

    @Test
    @Order(1)
    void everyQueueIsStaffedWithItsOwnModel() {
        JsonPath run = given().config(Fixtures.DOUBLES).contentType(ContentType.JSON).body(Map.of("forecastRunId", forecastRun, "label", "week 48"))
                .post("/api/staffing-runs").then().statusCode(201)
                .body("queues", hasSize(7))
                .body("queues.find { it.queueCode == 'JD-PHONE-PRE' }.model", equalTo("ERLANG_C"))
                .body("queues.find { it.queueCode == 'TM-CHAT-PRE' }.model", equalTo("CHAT_ERLANG_C"))
                .body("queues.find { it.queueCode == 'JD-TICKET-AFTER' }.model", equalTo("DEADLINE_EDF"))
                .body("queues.find { it.queueCode == 'JD-EMAIL-AFTER' }.model", equalTo("DEADLINE_EDF"))
                .extract().jsonPath();
        staffingRun = run.getInt("id");
        for (Map<String, Object> q : run.<Map<String, Object>>getList("queues")) {
            assertTrue(((Number) q.get("peakRawAgents")).intValue() > 0, q.toString());
            assertTrue(((Number) q.get("peakScheduledAgents")).intValue() > ((Number) q.get("peakRawAgents")).intValue(), q.toString());
        }
    }

    @Test
    @Order(2)
    void liveQueuesMeetTheirTargetInEveryOpenIntervalAndNeedNoOneWhenClosed() {
        for (String code : List.of("JD-PHONE-PRE", "TM-CHAT-PRE")) {
            double target = ((Number) ((Map<?, ?>) queues.get(code).get("target")).get("targetShare")).doubleValue();
            List<Map<String, Object>> rows = given().config(Fixtures.DOUBLES).queryParam("queueId", queueId(code))
                    .get("/api/staffing-runs/" + staffingRun + "/intervals").then().statusCode(200).extract().jsonPath().getList("");
            assertEquals(7 * 48, rows.size());
            int staffed = 0;
            for (Map<String, Object> r : rows) {
                int raw = ((Number) r.get("rawAgents")).intValue();
                double volume = ((Number) r.get("volume")).doubleValue();
                double shrinkage = ((Number) r.get("shrinkage")).doubleValue();
                if (!(Boolean) r.get("open")) {
                    assertEquals(0, raw, r.toString());
                    continue;
                }
                if (volume > 0) {
                    staffed++;
                    assertTrue(((Number) r.get("serviceLevel")).doubleValue() >= target, r.toString());
                    assertEquals((int) Math.ceil(raw / (1 - shrinkage) - 1e-9), ((Number) r.get("scheduledAgents")).intValue(), r.toString());
                }
            }
            assertTrue(staffed > 7 * 30, code + " staffed " + staffed);
        }
    }

    @Test
    @Order(3)
    void anIntervalMatchesTheWhatIfCalculator() {
        Map<String, Object> busy = given().config(Fixtures.DOUBLES).queryParam("queueId", queueId("JD-PHONE-PRE"))
                .queryParam("from", "2026-11-25T02:00:00Z").queryParam("to", "2026-11-25T02:30:00Z")
                .get("/api/staffing-runs/" + staffingRun + "/intervals").then().extract().jsonPath().getMap("[0]");
        given().config(Fixtures.DOUBLES).contentType(ContentType.JSON)
                .body(Map.of("contacts", busy.get("volume"), "intervalMinutes", 30, "ahtSeconds", busy.get("ahtSeconds"),
                        "assumptions", Map.of("serviceLevel", 0.9, "answerWithinSeconds", 300)))
                .post("/api/staffing/what-if").then().statusCode(200)
                .body("requiredAgents", equalTo(busy.get("rawAgents")));
    }

    /** Open follow-ups of unpaid orders (docs/sales.md) arrive as deferred work at their due time on their queue. */
    @Test
    @Order(50)
    void openFollowUpsOfUnpaidOrdersAreDeferredWork() {
        int ticket = queueId("JD-TICKET-AFTER");
        long clientId = ((Number) queues.get("JD-TICKET-AFTER").get("clientId")).longValue();
        String client = given().get("/api/clients/" + clientId).then().statusCode(200).extract().path("code");
        // Two orders taken on the ticket queue, unpaid: due 12 h later, 2026-11-24 22:00 and 22:10 site time.
        given().contentType("text/csv").body("client,order_ref,sold_at,amount,queue\n"
                        + client + ",FU-1,2026-11-24 10:00,50.00,JD-TICKET-AFTER\n"
                        + client + ",FU-2,2026-11-24 10:10,60.00,JD-TICKET-AFTER\n")
                .post("/api/actuals/sales").then().statusCode(200);
        followUps.run(Instant.parse("2026-11-25T00:00:00Z"));
        given().get("/api/sales/follow-ups?queueId=" + ticket).then().statusCode(200).body("", hasSize(2));
        JsonPath created = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecastRun))
                .post("/api/staffing-runs").then().statusCode(201).extract().jsonPath();
        assertEquals(2, ((Number) created.get("parameters.pendingDeferredItems.JD-TICKET-AFTER")).intValue());
        int run = created.getInt("id");
        String at = "2026-11-24T14:00:00Z";   // 22:00 in Shanghai
        double with = given().config(Fixtures.DOUBLES).queryParam("queueId", ticket).get("/api/staffing-runs/" + run + "/intervals")
                .then().extract().jsonPath().getDouble("find { it.intervalStart == '" + at + "' }.volume");
        double forecastOnly = given().config(Fixtures.DOUBLES).queryParam("queueId", ticket).get("/api/staffing-runs/" + staffingRun + "/intervals")
                .then().extract().jsonPath().getDouble("find { it.intervalStart == '" + at + "' }.volume");
        assertEquals(forecastOnly + 2, with, 1e-6);
    }

    @Test
    @Order(4)
    void deferredWorkIsClearedByEveryDeadlineOnlyInOpenHours() {
        List<Map<String, Object>> rows = given().config(Fixtures.DOUBLES).queryParam("queueId", queueId("JD-TICKET-AFTER"))
                .get("/api/staffing-runs/" + staffingRun + "/intervals").then().extract().jsonPath().getList("");
        List<PlanningInterval> intervals = rows.stream()
                .map(r -> new PlanningInterval(LocalDateTime.ofInstant(Instant.parse((String) r.get("intervalStart")), SHANGHAI), 30,
                        (Boolean) r.get("open"))).toList();
        List<Double> items = rows.stream().map(r -> ((Number) r.get("volume")).doubleValue()).toList();
        List<Integer> agents = rows.stream().map(r -> ((Number) r.get("rawAgents")).intValue()).toList();
        double handle = rows.stream().mapToDouble(r -> ((Number) r.get("volume")).doubleValue() * ((Number) r.get("ahtSeconds")).doubleValue()).sum()
                / rows.stream().mapToDouble(r -> ((Number) r.get("volume")).doubleValue()).sum();
        DeferredWorkStream tickets = new DeferredWorkStream("tickets", items, handle, new DeadlineRule.OpenHours(Duration.ofHours(3)));
        DeferredWorkPlanner planner = new DeferredWorkPlanner();
        assertTrue(planner.meetsAllDeadlines(intervals, List.of(tickets), agents));
        for (int k = 0; k < rows.size(); k++) {
            if (!intervals.get(k).open()) {
                assertEquals(0, agents.get(k), rows.get(k).toString());
            }
        }
        // one agent fewer in the busiest interval breaks a deadline: the requirement is the least
        int busiest = 0;
        for (int k = 1; k < agents.size(); k++) {
            busiest = agents.get(k) > agents.get(busiest) ? k : busiest;
        }
        List<Integer> fewer = new java.util.ArrayList<>(agents);
        fewer.set(busiest, agents.get(busiest) - 1);
        assertTrue(!planner.meetsAllDeadlines(intervals, List.of(tickets), fewer));
    }

    @Test
    @Order(5)
    void aShrinkageRuleForOneQueueAndDateChangesOnlyThatDay() {
        int phone = queueId("JD-PHONE-PRE");
        given().config(Fixtures.DOUBLES).contentType(ContentType.JSON)
                .body(Map.of("queueId", phone, "appliesOn", "2026-11-26", "training", 0.3, "absence", 0.2, "notes", "product training"))
                .post("/api/shrinkage-rules").then().statusCode(201).body("total", equalTo(0.5));
        int run = given().config(Fixtures.DOUBLES).contentType(ContentType.JSON).body(Map.of("forecastRunId", forecastRun))
                .post("/api/staffing-runs").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> rows = given().config(Fixtures.DOUBLES).queryParam("queueId", phone).get("/api/staffing-runs/" + run + "/intervals")
                .then().extract().jsonPath().getList("");
        for (Map<String, Object> r : rows) {
            boolean trainingDay = LocalDateTime.ofInstant(Instant.parse((String) r.get("intervalStart")), SHANGHAI).toLocalDate()
                    .toString().equals("2026-11-26");
            assertEquals(trainingDay ? 0.5 : 0.2, ((Number) r.get("shrinkage")).doubleValue(), 1e-9, r.toString());
        }
        given().config(Fixtures.DOUBLES).get("/api/staffing-runs/" + run + "/days?queueId=" + phone).then().statusCode(200).body("", hasSize(7));
    }

    @Test
    @Order(6)
    void aMissingForecastIsAClearError() {
        given().config(Fixtures.DOUBLES).contentType(ContentType.JSON).body(Map.of("forecastRunId", 987654))
                .post("/api/staffing-runs").then().statusCode(400).body("errors[0].field", equalTo("forecastRunId"));
        given().config(Fixtures.DOUBLES).contentType(ContentType.JSON).body(Map.of("label", "no forecast"))
                .post("/api/staffing-runs").then().statusCode(400).body("errors[0].field", equalTo("forecastRunId"));
        given().config(Fixtures.DOUBLES).get("/api/staffing-runs/987654").then().statusCode(404);
    }
}
