package io.paiban.floor.intraday;

import io.paiban.support.DatabaseCleaner;
import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static io.paiban.support.SolveJobs.awaitJob;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A simulated day on the demo center: volume runs 30% over forecast from noon on the busiest queue; the run at
 * 15:00 raises the reforecast, proposes actions that bring the queue back to its target within the rules, and
 * accepting one changes the published roster. The next day runs at half the forecast and yields VTO offers.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntradayFlowTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    static final LocalDate SURGE_DAY = MONDAY.plusDays(1);
    static final LocalDate QUIET_DAY = MONDAY.plusDays(2);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    DatabaseCleaner cleaner;

    int site;
    int forecast;
    int roster;
    long busiestQueue;
    List<Map<String, Object>> assignments;
    Long noShow;

    @BeforeEach
    void publishedDemoWeek() throws Exception {
        if (roster != 0) {
            return;
        }
        cleaner.deleteMasterData();
        given().queryParam("agents", 24).queryParam("queues", 2).queryParam("weeks", 6).queryParam("historyEnd", MONDAY.toString())
                .post("/api/demo").then().log().ifValidationFails().statusCode(201);
        site = given().get("/api/sites").then().extract().path("[0].id");
        forecast = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 1))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        int staffing = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecast))
                .post("/api/staffing-runs").then().statusCode(201).extract().path("id");
        roster = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffing, "weeks", 1))
                .post("/api/rosters").then().statusCode(201).extract().path("id");
        int job = given().contentType(ContentType.JSON).body(Map.of("stepLimit", 1_500, "timeLimitSeconds", 60))
                .post("/api/rosters/" + roster + "/solve").then().statusCode(202).extract().path("id");
        awaitJob(job);
        long version = given().get("/api/rosters/" + roster).then().extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON).body(Map.of("version", version)).post("/api/rosters/" + roster + "/publish")
                .then().statusCode(200);
        assignments = given().get("/api/rosters/" + roster + "/assignments").then().statusCode(200).extract().jsonPath().getList("");
        Map<Long, Integer> shiftsPerQueue = new HashMap<>();
        working(SURGE_DAY).forEach(a -> shiftsPerQueue.merge(((Integer) a.get("queueId")).longValue(), 1, Integer::sum));
        busiestQueue = shiftsPerQueue.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();

        // flex-pool agents certified on the busy queue offer both days
        List<Integer> flex = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("employeeNo", Fixtures.unique("FX"));
            body.put("fullName", "Flex " + i);
            body.put("siteId", site);
            body.put("employmentType", "FLEX_POOL");
            body.put("status", "ACTIVE");
            body.put("contractHoursPerWeek", 32);
            body.put("nightEligible", true);
            body.put("hourlyCost", 36 + i);
            body.put("certifications", List.of(Map.of("queueId", busiestQueue, "certifiedOn", "2026-01-05")));
            flex.add(given().contentType(ContentType.JSON).body(body).post("/api/agents").then().statusCode(201).extract().path("id"));
        }
        for (int agent : flex) {
            for (LocalDate d : List.of(SURGE_DAY, QUIET_DAY)) {
                given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "date", d.toString())).post("/api/flex-offers")
                        .then().log().ifValidationFails().statusCode(201);
            }
        }
    }

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    private List<Map<String, Object>> working(LocalDate date) {
        return assignments.stream().filter(a -> date.toString().equals(a.get("date")) && (Boolean) a.get("working")).toList();
    }

    private static Instant local(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    /** Actuals from 00:00 to {@code until}: the forecast times {@code factor} from noon on the given queues (1.0 elsewhere). */
    private void importActuals(LocalDate date, int until, double factorFromNoon, List<Long> queues) {
        List<Map<String, Object>> values = given().queryParam("from", local(date, 0).toString()).queryParam("to", local(date, until).toString())
                .get("/api/forecast-runs/" + forecast + "/values").then().statusCode(200).extract().jsonPath().getList("");
        Map<Long, String> codes = new HashMap<>();
        given().get("/api/queues").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("")
                .forEach(q -> codes.put(((Integer) q.get("id")).longValue(), (String) q.get("code")));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> v : values) {
            long queue = ((Integer) v.get("queueId")).longValue();
            Instant start = Instant.parse((String) v.get("intervalStart"));
            double factor = queues.contains(queue) && !start.isBefore(local(date, 12)) ? factorFromNoon : 1.0;
            int offered = (int) Math.round(((Number) v.get("adjustedVolume")).doubleValue() * factor);
            Map<String, Object> row = new HashMap<>();
            row.put("queue", codes.get(queue));
            row.put("interval_start", start.toString());
            row.put("offered", offered);
            row.put("answered", offered);
            row.put("answered_within", (int) (offered * 0.7));
            row.put("abandoned", 0);
            row.put("aht_seconds", ((Number) v.get("ahtSeconds")).doubleValue());
            rows.add(row);
        }
        given().contentType(ContentType.JSON).body(Map.of("intervalMinutes", 30, "rows", rows)).post("/api/actuals/queue-intervals")
                .then().log().ifValidationFails().statusCode(200);
    }

    /** Everyone whose shift of the day started before {@code until} clocks in five minutes early, except {@code skip}. */
    private void clockIn(LocalDate date, int until, Long skip) {
        for (Map<String, Object> a : working(date)) {
            long agent = ((Integer) a.get("agentId")).longValue();
            Instant start = Instant.parse((String) a.get("startsAt"));
            if (start.isBefore(local(date, until)) && (skip == null || agent != skip)) {
                given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "kind", "CLOCK_IN",
                                "occurredAt", start.minusSeconds(300).toString(), "idempotencyKey", "in-" + agent + "-" + date))
                        .post("/api/attendance/events").then().log().ifValidationFails().statusCode(201);
            }
        }
    }

    /** The day's clocked-in agents clock out at the end of their shift. */
    private void clockOut(LocalDate date, int until, Long skip) {
        for (Map<String, Object> a : working(date)) {
            long agent = ((Integer) a.get("agentId")).longValue();
            if (Instant.parse((String) a.get("startsAt")).isBefore(local(date, until)) && (skip == null || agent != skip)) {
                given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "kind", "CLOCK_OUT",
                                "occurredAt", a.get("endsAt"), "idempotencyKey", "out-" + agent + "-" + date))
                        .post("/api/attendance/events").then().log().ifValidationFails().statusCode(201);
            }
        }
    }

    @Test
    @Order(1)
    void aSurgeFromNoonRaisesTheReforecastAndTheActionsRestoreTheTarget() {
        importActuals(SURGE_DAY, 15, 1.3, List.of(busiestQueue));
        // one agent of the day shift does not come
        noShow = working(SURGE_DAY).stream().filter(a -> "DAY".equals(a.get("shiftTemplateCode")))
                .map(a -> ((Integer) a.get("agentId")).longValue()).findFirst().orElse(null);
        clockIn(SURGE_DAY, 15, noShow);

        JsonPath run = given().queryParam("at", local(SURGE_DAY, 15).toString()).post("/api/intraday/sites/" + site + "/run")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> queue = run.<Map<String, Object>>getList("queues").stream()
                .filter(q -> ((Integer) q.get("queueId")).longValue() == busiestQueue).findFirst().orElseThrow();
        Map<String, Object> ratio = (Map<String, Object>) queue.get("volumeRatio");
        assertEquals(1.3, ((Number) ratio.get("raw")).doubleValue(), 0.03, "actual over forecast in the look-back window");
        assertTrue(((Number) ratio.get("damped")).doubleValue() > 1.15);
        assertTrue(((Number) queue.get("reforecastRemaining")).doubleValue() > ((Number) queue.get("forecastRemaining")).doubleValue());
        if (noShow != null) {
            Map<String, Object> line = run.<Map<String, Object>>getList("staff").stream()
                    .filter(s -> ((Integer) s.get("agentId")).longValue() == noShow).findFirst().orElseThrow();
            assertEquals("NO_SHOW", line.get("absentBecause"));
        }
        List<Map<String, Object>> actions = run.getList("actions");
        assertFalse(actions.isEmpty(), "actions proposed: " + run.prettify());
        assertTrue(((Number) queue.get("understaffedIntervalsBefore")).intValue() > 0);
        assertTrue(((Number) queue.get("understaffedIntervalsAfter")).intValue() < ((Number) queue.get("understaffedIntervalsBefore")).intValue(),
                queue.toString());
        assertTrue((Boolean) queue.get("targetMetAfter"), "target restored: " + queue);
        assertTrue(run.getDouble("expectedServiceLevelAfter") > run.getDouble("expectedServiceLevelBefore"));
        for (Map<String, Object> a : actions) {
            if ("OVERTIME".equals(a.get("kind"))) {
                assertTrue((Integer) a.get("minutes") >= 30 && (Integer) a.get("minutes") <= 120);
            }
            if ("CALL_IN_FLEX".equals(a.get("kind"))) {
                assertTrue(Instant.parse((String) a.get("startsAt")).isAfter(local(SURGE_DAY, 15)), "a call-in needs time to arrive");
            }
        }
        // ranked by cost per contact gained among the actions that add agents
        List<Double> keys = actions.stream().filter(a -> !"VTO".equals(a.get("kind")))
                .map(a -> ((Number) a.get("costPerContact")).doubleValue()).toList();
        assertFalse(keys.isEmpty());
        assertEquals(0, actions.stream().map(a -> a.get("agentId")).distinct().count() - actions.size(), "one action per agent");

        // accept the first call-in (or the first action): the published roster changes and the agent sees it
        Map<String, Object> chosen = actions.stream().filter(a -> "CALL_IN_FLEX".equals(a.get("kind"))).findFirst().orElse(actions.get(0));
        long agent = ((Integer) chosen.get("agentId")).longValue();
        JsonPath accepted = given().post("/api/intraday/actions/" + chosen.get("id") + "/accept").then().statusCode(200).extract().jsonPath();
        assertEquals("ACCEPTED", accepted.getString("action.state"));
        String code = accepted.getString("action.publishedShiftTemplateCode");
        assertNotNull(code);
        List<Map<String, Object>> day = given().queryParam("agentId", agent).queryParam("from", SURGE_DAY.toString())
                .queryParam("to", SURGE_DAY.toString()).get("/api/rosters/" + roster + "/assignments").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertEquals(1, day.size());
        assertEquals(code, ((Map<String, Object>) day.get(0).get("published")).get("shiftTemplateCode"));
        assertEquals(false, day.get(0).get("changedSincePublication"));
        List<String> reasons = given().queryParam("agentId", agent).get("/api/rosters/" + roster + "/changes").then().statusCode(200)
                .extract().jsonPath().getList("reason");
        assertTrue(reasons.contains("INTRADAY"), reasons.toString());
        TestUsers.TestUser user = TestUsers.agent(agent);
        JsonPath mine = user.given().queryParam("from", SURGE_DAY.toString()).queryParam("to", SURGE_DAY.toString())
                .get("/api/me/shifts").then().statusCode(200).extract().jsonPath();
        assertEquals(code, mine.getString("[0].shiftTemplateCode"));
        // the run after accepting sees the change: the queue's expected service level is at least what it was
        assertNotEquals(run.getLong("id"), accepted.getLong("rerun.id"));
        assertEquals("ACCEPTED", accepted.getString("rerun.trigger"));
        given().post("/api/intraday/actions/" + chosen.get("id") + "/accept").then().statusCode(409);

        // the agent sees the offer and declines it: the published shift goes back
        if (!"MOVE_QUEUE".equals(chosen.get("kind"))) {
            user.given().get("/api/me/intraday-offers").then().statusCode(200).body("[0].offerState", equalTo("OPEN"));
            user.given().post("/api/me/intraday-offers/" + chosen.get("id") + "/decline").then().statusCode(200)
                    .body("offerState", equalTo("DECLINED"));
            Object published = given().queryParam("agentId", agent).queryParam("from", SURGE_DAY.toString())
                    .queryParam("to", SURGE_DAY.toString()).get("/api/rosters/" + roster + "/assignments").then().statusCode(200)
                    .extract().jsonPath().get("[0].published.shiftTemplateCode");
            assertNotEquals(code, published);
            user.given().post("/api/me/intraday-offers/" + chosen.get("id") + "/accept").then().statusCode(409);
        }
    }

    @Test
    @Order(2)
    void realTimeAdherenceListsTheNoShow() {
        if (noShow == null) {
            return;
        }
        JsonPath report = given().queryParam("at", local(SURGE_DAY, 15).toString()).get("/api/intraday/sites/" + site + "/adherence")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> line = report.<Map<String, Object>>getList("exceptions").stream()
                .filter(e -> ((Integer) e.get("agentId")).longValue() == noShow).findFirst().orElseThrow();
        assertEquals("NOT_CLOCKED_IN", line.get("issue"));
        assertTrue(((Number) line.get("minutes")).longValue() > 5);
        // everybody else who is scheduled and clocked in is not listed
        assertTrue(report.<Map<String, Object>>getList("exceptions").stream().noneMatch(e -> "AWAY_DURING_WORK".equals(e.get("issue"))));
    }

    @Test
    @Order(3)
    void anOverstaffedAfternoonYieldsVtoOffersThatTheAgentAccepts() {
        List<Long> all = assignments.stream().map(a -> ((Integer) a.get("queueId"))).filter(q -> q != null)
                .map(Integer::longValue).distinct().toList();
        clockOut(SURGE_DAY, 15, noShow);
        importActuals(QUIET_DAY, 14, 0.4, all);
        clockIn(QUIET_DAY, 14, null);
        JsonPath run = given().queryParam("at", local(QUIET_DAY, 14).toString()).post("/api/intraday/sites/" + site + "/run")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> vto = run.<Map<String, Object>>getList("actions").stream().filter(a -> "VTO".equals(a.get("kind"))).toList();
        assertFalse(vto.isEmpty(), run.prettify());
        assertTrue(vto.stream().allMatch(a -> ((Number) a.get("cost")).doubleValue() < 0), "VTO saves money");
        // nobody is called in for the quiet afternoon; the evening may still be short, since an ordinary week is rostered
        // with the day and night shifts only (no peak template outside its windows) and the 21:00 break falls in the peak
        Instant evening = QUIET_DAY.atTime(LocalTime.of(17, 30)).atZone(ZONE).toInstant();
        assertTrue(run.<Map<String, Object>>getList("actions").stream().noneMatch(a -> "CALL_IN_FLEX".equals(a.get("kind"))
                && Instant.parse((String) a.get("startsAt")).isBefore(evening)), run.prettify());

        Map<String, Object> offer = vto.get(0);
        long agent = ((Integer) offer.get("agentId")).longValue();
        String before = (String) working(QUIET_DAY).stream().filter(a -> ((Integer) a.get("agentId")).longValue() == agent).findFirst()
                .orElseThrow().get("shiftTemplateCode");
        given().post("/api/intraday/actions/" + offer.get("id") + "/accept").then().statusCode(200)
                .body("action.offerState", equalTo("OPEN"));
        // not in the roster until the agent says yes
        TestUsers.TestUser user = TestUsers.agent(agent);
        assertEquals(before, user.given().queryParam("from", QUIET_DAY.toString()).queryParam("to", QUIET_DAY.toString())
                .get("/api/me/shifts").then().statusCode(200).extract().path("[0].shiftTemplateCode"));
        user.given().post("/api/me/intraday-offers/" + offer.get("id") + "/accept").then().statusCode(200).body("offerState", equalTo("ACCEPTED"));
        JsonPath mine = user.given().queryParam("from", QUIET_DAY.toString()).queryParam("to", QUIET_DAY.toString())
                .get("/api/me/shifts").then().statusCode(200).extract().jsonPath();
        assertEquals(Instant.parse((String) offer.get("startsAt")), Instant.parse(mine.getString("[0].endsAt")), "the shift now ends at the VTO start");
    }

    @Test
    @Order(4)
    void supervisorsSeeTheirSitesOnly() {
        int other = Fixtures.site();
        TestUsers.TestUser stranger = TestUsers.supervisor(List.of((long) other), List.of());
        stranger.given().queryParam("at", local(SURGE_DAY, 15).toString()).post("/api/intraday/sites/" + site + "/run").then().statusCode(404);
        stranger.given().get("/api/intraday/sites/" + site + "/adherence").then().statusCode(404);
        long runId = given().get("/api/intraday/sites/" + site + "/runs").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        stranger.given().get("/api/intraday/runs/" + runId).then().statusCode(404);
        TestUsers.TestUser own = TestUsers.supervisor(List.of((long) site), List.of());
        own.given().get("/api/intraday/runs/" + runId).then().statusCode(200);
        TestUsers.planner().given().get("/api/intraday/runs/" + runId).then().statusCode(403);
    }
}
