package io.paiban.agent.requests;

import io.paiban.support.ConsoleSession;
import io.paiban.support.DatabaseCleaner;
import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.paiban.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.paiban.support.Api.anonymous;
import static io.paiban.support.Api.given;
import static io.paiban.support.SolveJobs.awaitJob;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Leave requests, shift swaps and notifications end to end on a small published roster (demo center of 40 agents and 3
 * queues, one week from {@link #MONDAY}, Asia/Shanghai). "Today" is set through {@link RequestClock}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SelfServiceRequestsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    /** Sunday noon in Shanghai: the whole roster week lies ahead. */
    static final Instant SUNDAY_NOON = Instant.parse("2026-11-22T04:00:00Z");
    static final String CERTIFIED = "Active agent certified for the queue";
    static final String REST = "Minimum rest between shifts";

    @Inject
    DatabaseCleaner cleaner;

    Instant now = SUNDAY_NOON;
    int site;
    int roster;
    Map<Integer, Map<String, Object>> agents = new HashMap<>();
    Map<Integer, TestUser> agentUsers = new HashMap<>();
    TestUser supervisor;
    TestUser otherSiteSupervisor;
    int leaveAgent;
    int approvedLeave;

    /** Stands in for the clock: the tests decide what today is. */
    class FixedClock extends RequestClock {
        @Override
        public Instant now() {
            return now;
        }
    }

    @BeforeEach
    void publishedRosterAndClock() throws Exception {
        QuarkusMock.installMockForType(new FixedClock(), RequestClock.class);
        now = SUNDAY_NOON;
        if (roster != 0) {
            return;
        }
        cleaner.deleteMasterData();
        given().queryParam("agents", 40).queryParam("queues", 3).queryParam("weeks", 6).queryParam("historyEnd", MONDAY.toString())
                .post("/api/demo").then().statusCode(201);
        site = given().get("/api/sites").then().extract().path("[0].id");
        List<Map<String, Object>> all = given().queryParam("size", 500).get("/api/agents").then().extract().jsonPath().getList("items");
        all.forEach(a -> agents.put((Integer) a.get("id"), a));
        int forecastRun = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 1))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        int staffingRun = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecastRun))
                .post("/api/staffing-runs").then().statusCode(201).extract().path("id");
        roster = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffingRun, "firstDate", MONDAY.toString(),
                "weeks", 1, "label", "self-service week")).post("/api/rosters").then().statusCode(201).extract().path("id");
        int job = given().contentType(ContentType.JSON).body(Map.of("stepLimit", 1_000, "timeLimitSeconds", 30))
                .post("/api/rosters/" + roster + "/solve").then().statusCode(202).extract().path("id");
        JsonPath done = awaitJob(job);
        assertEquals(0L, done.getLong("hardScore"), done.getString("bestScore"));
        publish();
        supervisor = TestUsers.supervisor(List.of((long) site), List.of());
        otherSiteSupervisor = TestUsers.supervisor(List.of((long) Fixtures.site()), List.of());
    }

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private long rosterVersion() {
        return given().get("/api/rosters/" + roster).then().extract().jsonPath().getLong("version");
    }

    private void publish() {
        given().contentType(ContentType.JSON).body(Map.of("version", rosterVersion())).post("/api/rosters/" + roster + "/publish")
                .then().statusCode(200).body("roster.status", equalTo("PUBLISHED"));
    }

    private List<Map<String, Object>> assignments(LocalDate from, LocalDate to) {
        return given().queryParam("from", from.toString()).queryParam("to", to.toString()).get("/api/rosters/" + roster + "/assignments")
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    /** agentId -> date -> assignment */
    private Map<Integer, Map<LocalDate, Map<String, Object>>> week() {
        Map<Integer, Map<LocalDate, Map<String, Object>>> result = new HashMap<>();
        for (Map<String, Object> a : assignments(MONDAY, MONDAY.plusDays(6))) {
            result.computeIfAbsent((Integer) a.get("agentId"), k -> new HashMap<>()).put(LocalDate.parse((String) a.get("date")), a);
        }
        return result;
    }

    private TestUser user(int agentId) {
        return agentUsers.computeIfAbsent(agentId, id -> TestUsers.agent(id));
    }

    private RequestSpecification as(int agentId) {
        return user(agentId).given().contentType(ContentType.JSON);
    }

    private boolean active(int agentId) {
        Map<String, Object> a = agents.get(agentId);
        return "ACTIVE".equals(a.get("status")) && "IN_HOUSE".equals(a.get("employmentType"));
    }

    private Set<Integer> certified(int agentId) {
        return ((List<Map<String, Object>>) agents.get(agentId).get("certifications")).stream().map(c -> (Integer) c.get("queueId"))
                .collect(Collectors.toSet());
    }

    private static boolean working(Map<String, Object> a) {
        return a != null && (Boolean) a.get("working");
    }

    private static Map<String, Object> leave(LocalDate first, LocalDate last, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstDate", first.toString());
        body.put("lastDate", last == null ? null : last.toString());
        body.put("requestKey", key);
        return body;
    }

    private static Map<String, Object> decision(long version, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("note", note);
        return body;
    }

    private List<Map<String, Object>> notifications(int agentId) {
        return as(agentId).get("/api/me/notifications").then().statusCode(200).extract().jsonPath().getList("");
    }

    // ---- leave -------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void personalLeaveIsAskedAtLeastOneDayAheadOfTheSiteDay() {
        int agent = agents.keySet().stream().filter(this::active).findFirst().orElseThrow();
        // 23:59:59 on Monday in Shanghai
        now = Instant.parse("2026-11-23T15:59:59Z");
        as(agent).body(leave(MONDAY, null, null)).post("/api/me/leave-requests").then().statusCode(400)
                .body("errors.field", hasItem("firstDate")).body("detail", containsString("same-day requests are refused"));
        as(agent).body(leave(MONDAY.minusDays(1), null, null)).post("/api/me/leave-requests").then().statusCode(400)
                .body("errors.field", hasItem("firstDate"));
        int id = as(agent).body(leave(MONDAY.plusDays(1), null, "k-1")).post("/api/me/leave-requests").then().statusCode(201)
                .body("state", equalTo("PENDING")).body("days", equalTo(1)).body("lastDate", equalTo(MONDAY.plusDays(1).toString()))
                .extract().path("id");
        // a retry with the same key is the same request
        as(agent).body(leave(MONDAY.plusDays(1), null, "k-1")).post("/api/me/leave-requests").then().statusCode(200).body("id", equalTo(id));
        as(agent).body(leave(MONDAY.plusDays(2), null, "k-1")).post("/api/me/leave-requests").then().statusCode(409);
        // overlapping the pending request
        as(agent).body(leave(MONDAY.plusDays(1), MONDAY.plusDays(2), null)).post("/api/me/leave-requests").then().statusCode(409);
        as(agent).body(leave(MONDAY.plusDays(3), MONDAY.plusDays(2), null)).post("/api/me/leave-requests").then().statusCode(400)
                .body("errors.field", hasItem("lastDate"));
        as(agent).body(leave(MONDAY.plusDays(3), MONDAY.plusDays(33), null)).post("/api/me/leave-requests").then().statusCode(400)
                .body("errors.field", hasItem("lastDate"));
        assertEquals(1, as(agent).get("/api/me/leave-requests").then().statusCode(200).extract().jsonPath().getList("id").size());

        // one second later it is Tuesday in Shanghai: Tuesday is the same day now
        now = Instant.parse("2026-11-23T16:00:00Z");
        as(agent).body(leave(MONDAY.plusDays(1), null, null)).post("/api/me/leave-requests").then().statusCode(400)
                .body("errors.field", hasItem("firstDate")).body("detail", containsString("2026-11-25"));

        // another agent sees nothing of it
        int other = agents.keySet().stream().filter(a -> a != agent && active(a)).findFirst().orElseThrow();
        as(other).get("/api/me/leave-requests/" + id).then().statusCode(404).body("id", equalTo(null));
        as(other).delete("/api/me/leave-requests/" + id).then().statusCode(404);
        as(other).get("/api/me/leave-requests").then().statusCode(200).body("id", not(hasItem(id)));

        // cancel while pending, with optimistic locking
        as(agent).queryParam("version", 7).delete("/api/me/leave-requests/" + id).then().statusCode(409);
        as(agent).queryParam("version", 0).delete("/api/me/leave-requests/" + id).then().statusCode(200).body("state", equalTo("CANCELLED"));
        as(agent).delete("/api/me/leave-requests/" + id).then().statusCode(409);
        given().get("/api/leave-requests/" + id).then().statusCode(200).body("state", equalTo("CANCELLED"));
    }

    @Test
    @Order(2)
    void theSupervisorSeesTheCoverageEffectAndApprovalRecordsTheAbsenceAndReplans() throws Exception {
        LocalDate wed = MONDAY.plusDays(2);
        LocalDate thu = MONDAY.plusDays(3);
        Map<Integer, Map<LocalDate, Map<String, Object>>> week = week();
        leaveAgent = week.entrySet().stream().filter(e -> active(e.getKey()) && working(e.getValue().get(wed)) && working(e.getValue().get(thu)))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        String employeeNo = (String) agents.get(leaveAgent).get("employeeNo");
        approvedLeave = as(leaveAgent).body(leave(wed, thu, null)).post("/api/me/leave-requests").then().statusCode(201).extract().path("id");

        supervisor.given().queryParam("state", "PENDING").get("/api/leave-requests").then().statusCode(200).body("id", hasItem(approvedLeave));
        otherSiteSupervisor.given().get("/api/leave-requests").then().statusCode(200).body("id", not(hasItem(approvedLeave)));
        otherSiteSupervisor.given().get("/api/leave-requests/" + approvedLeave).then().statusCode(404);
        otherSiteSupervisor.given().get("/api/leave-requests/" + approvedLeave + "/coverage-effect").then().statusCode(404);

        JsonPath effect = supervisor.given().get("/api/leave-requests/" + approvedLeave + "/coverage-effect").then().statusCode(200)
                .body("rostered", equalTo(true)).body("uncoveredDates.size()", equalTo(0)).extract().jsonPath();
        List<Map<String, Object>> intervals = effect.getList("rosters[0].intervals");
        assertFalse(intervals.isEmpty(), effect.prettify());
        // the same numbers as the roster's coverage, in exactly the intervals of the agent's Wednesday and Thursday shifts
        Map<String, Map<String, Object>> coverage = new HashMap<>();
        for (LocalDate d = wed; !d.isAfter(thu.plusDays(1)); d = d.plusDays(1)) {
            for (Map<String, Object> i : given().queryParam("date", d.toString()).get("/api/rosters/" + roster + "/coverage").then()
                    .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("")) {
                coverage.put(i.get("queueId") + "@" + i.get("startsAt"), i);
            }
        }
        List<Instant[]> shifts = List.of(wed, thu).stream().map(d -> week.get(leaveAgent).get(d))
                .map(a -> new Instant[]{Instant.parse((String) a.get("startsAt")), Instant.parse((String) a.get("endsAt"))}).toList();
        long expected = coverage.values().stream().filter(i -> ((List<?>) i.get("present")).contains(employeeNo))
                .filter(i -> shifts.stream().anyMatch(s -> !Instant.parse((String) i.get("startsAt")).isBefore(s[0])
                        && Instant.parse((String) i.get("startsAt")).isBefore(s[1]))).count();
        assertEquals(expected, intervals.size());
        int added = 0;
        for (Map<String, Object> i : intervals) {
            Map<String, Object> c = coverage.get(i.get("queueId") + "@" + i.get("startsAt"));
            assertNotNull(c, i.toString());
            assertEquals(c.get("required"), i.get("required"));
            assertEquals(c.get("rostered"), i.get("rostered"));
            assertEquals(c.get("shortfall"), i.get("shortfallBefore"));
            int without = (Integer) c.get("rostered") - 1;
            assertEquals(without, i.get("rosteredWithout"));
            assertEquals(Math.max(0, (Integer) c.get("required") - without), i.get("shortfallAfter"));
            added += (Integer) i.get("shortfallAfter") - (Integer) i.get("shortfallBefore");
        }
        assertEquals(added, effect.getInt("totals.addedShortfall"));
        assertEquals(intervals.size(), effect.getInt("totals.intervals"));
        assertEquals(intervals.size() / 2.0, effect.getDouble("totals.agentHours"), 1e-9);

        // neither the agent nor a supervisor of another site decides; a stale version is refused
        as(leaveAgent).body(decision(0, null)).post("/api/leave-requests/" + approvedLeave + "/approve").then().statusCode(403);
        otherSiteSupervisor.given().contentType(ContentType.JSON).body(decision(0, null))
                .post("/api/leave-requests/" + approvedLeave + "/approve").then().statusCode(404);
        supervisor.given().contentType(ContentType.JSON).body(decision(5, null))
                .post("/api/leave-requests/" + approvedLeave + "/approve").then().statusCode(409);

        JsonPath approved = supervisor.given().contentType(ContentType.JSON).body(decision(0, "enjoy"))
                .post("/api/leave-requests/" + approvedLeave + "/approve").then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("decidedBy", equalTo(supervisor.username()))
                .body("absenceId", notNullValue()).body("replans[0].rosterId", equalTo(roster))
                .body("replans[0].solveJobId", notNullValue()).extract().jsonPath();
        given().queryParam("agentId", leaveAgent).get("/api/absences").then().statusCode(200)
                .body("find { it.id == " + approved.getInt("absenceId") + " }.kind", equalTo("LEAVE"))
                .body("find { it.id == " + approved.getInt("absenceId") + " }.approved", equalTo(true))
                .body("find { it.id == " + approved.getInt("absenceId") + " }.firstDate", equalTo(wed.toString()));
        given().get("/api/solve-jobs/" + approved.getInt("replans[0].solveJobId")).then().statusCode(200).body("kind", equalTo("REPLAN"));
        supervisor.given().contentType(ContentType.JSON).body(decision(approved.getLong("version"), null))
                .post("/api/leave-requests/" + approvedLeave + "/approve").then().statusCode(409);
        JsonPath replan = awaitJob(approved.getInt("replans[0].solveJobId"));
        assertEquals("DONE", replan.getString("status"), replan.prettify());
        assertEquals(0L, replan.getLong("hardScore"), replan.getString("bestScore"));
        assertFalse(working(week().get(leaveAgent).get(wed)), "the re-plan took the agent off Wednesday");

        // a refusal needs a reason
        int refused = as(leaveAgent).body(leave(MONDAY.plusDays(5), null, null)).post("/api/me/leave-requests").then().statusCode(201)
                .extract().path("id");
        supervisor.given().contentType(ContentType.JSON).body(decision(0, " ")).post("/api/leave-requests/" + refused + "/refuse")
                .then().statusCode(400).body("errors.field", hasItem("note"));
        supervisor.given().contentType(ContentType.JSON).body(decision(0, "peak Saturday")).post("/api/leave-requests/" + refused + "/refuse")
                .then().statusCode(200).body("state", equalTo("REFUSED")).body("decisionNote", equalTo("peak Saturday"));

        // published again, the agent is told about the request states and the shifts taken off
        publish();
        List<Map<String, Object>> notes = notifications(leaveAgent);
        assertTrue(notes.stream().anyMatch(n -> "LEAVE_REQUEST".equals(n.get("kind")) && "APPROVED".equals(n.get("state"))
                && Objects.equals(approvedLeave, n.get("leaveRequestId"))), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> "LEAVE_REQUEST".equals(n.get("kind")) && "REFUSED".equals(n.get("state"))
                && ((String) n.get("message")).contains("peak Saturday")), notes.toString());
        Map<String, Object> shiftChange = notes.stream().filter(n -> "SHIFT_CHANGE".equals(n.get("kind"))
                && wed.toString().equals(((Map<String, Object>) n.get("change")).get("date"))).findFirst().orElseThrow();
        assertEquals(week.get(leaveAgent).get(wed).get("shiftTemplateCode"),
                ((Map<String, Object>) ((Map<String, Object>) shiftChange.get("change")).get("before")).get("shiftTemplateCode"));
        assertEquals(null, ((Map<String, Object>) ((Map<String, Object>) shiftChange.get("change")).get("after")).get("shiftTemplateCode"));
        List<Instant> at = notes.stream().map(n -> Instant.parse((String) n.get("at"))).toList();
        for (int i = 1; i < at.size(); i++) {
            assertFalse(at.get(i).isAfter(at.get(i - 1)), "newest first: " + at);
        }
        Instant since = Instant.parse((String) shiftChange.get("at"));
        as(leaveAgent).queryParam("since", since.toString()).get("/api/me/notifications").then().statusCode(200)
                .body("kind", not(hasItem("LEAVE_REQUEST")));
        // coverage effect when no published roster covers the dates
        int later = as(leaveAgent).body(leave(MONDAY.plusDays(14), null, null)).post("/api/me/leave-requests").then().statusCode(201)
                .extract().path("id");
        supervisor.given().get("/api/leave-requests/" + later + "/coverage-effect").then().statusCode(200)
                .body("rostered", equalTo(false)).body("rosters.size()", equalTo(0))
                .body("uncoveredDates", hasItem(MONDAY.plusDays(14).toString()));
    }

    // ---- swaps -------------------------------------------------------------------------------------

    private Response propose(int proposer, int counterpart, LocalDate... dates) {
        return as(proposer).body(Map.of("counterpartAgentId", counterpart, "dates", List.of(dates).stream().map(LocalDate::toString).toList()))
                .post("/api/me/swap-requests");
    }

    @Test
    @Order(3)
    void proposalsAreValidated() {
        LocalDate fri = MONDAY.plusDays(4);
        Map<Integer, Map<LocalDate, Map<String, Object>>> week = week();
        int a = week.keySet().stream().filter(id -> active(id) && working(week.get(id).get(fri))).findFirst().orElseThrow();
        int b = week.keySet().stream().filter(id -> id != a && active(id) && !working(week.get(id).get(fri))).findFirst().orElseThrow();
        propose(a, a, fri).then().statusCode(400).body("errors.field", hasItem("counterpartAgentId"));
        int stranger = given().contentType(ContentType.JSON).body(Map.of("employeeNo", Fixtures.unique("X"), "fullName", "Elsewhere",
                        "siteId", Fixtures.site(), "employmentType", "IN_HOUSE", "status", "ACTIVE", "contractHoursPerWeek", 40,
                        "hourlyCost", 20)).post("/api/agents").then().statusCode(201).extract().path("id");
        propose(a, stranger, fri).then().statusCode(400).body("errors.field", hasItem("counterpartAgentId"));
        now = Instant.parse("2026-11-27T01:00:00Z"); // Friday 09:00 in Shanghai
        propose(a, b, fri).then().statusCode(400).body("errors.field", hasItem("dates"));
        now = SUNDAY_NOON;
        propose(a, b, MONDAY.plusDays(8)).then().statusCode(400).body("errors.field", hasItem("dates")).body("detail", containsString("no published roster"));
        propose(a, b, fri, MONDAY.plusDays(9)).then().statusCode(400).body("errors.field", hasItem("dates"));
        as(a).body(Map.of("counterpartAgentId", b, "dates", List.of())).post("/api/me/swap-requests").then().statusCode(400);
        int c = week.keySet().stream().filter(id -> id != a && active(id) && Objects.equals(week.get(id).get(fri).get("shiftTemplateCode"),
                week.get(a).get(fri).get("shiftTemplateCode")) && Objects.equals(week.get(id).get(fri).get("queueId"),
                week.get(a).get(fri).get("queueId"))).findFirst().orElse(-1);
        if (c > 0) {
            propose(a, c, fri).then().statusCode(400).body("detail", containsString("nothing to exchange"));
        }

        // decline and cancel, each by the right party only
        int declined = propose(a, b, fri).then().statusCode(201).body("state", equalTo("PROPOSED")).extract().path("id");
        propose(a, b, fri).then().statusCode(409); // the same days are already in an open swap
        as(a).post("/api/me/swap-requests/" + declined + "/accept").then().statusCode(403);
        int outsider = week.keySet().stream().filter(id -> id != a && id != b && active(id)).findFirst().orElseThrow();
        as(outsider).get("/api/me/swap-requests/" + declined).then().statusCode(404).body("id", equalTo(null));
        as(outsider).post("/api/me/swap-requests/" + declined + "/accept").then().statusCode(404);
        as(b).get("/api/me/swap-requests").then().statusCode(200).body("id", hasItem(declined));
        as(b).post("/api/me/swap-requests/" + declined + "/cancel").then().statusCode(403);
        as(b).body(Map.of("version", 0)).post("/api/me/swap-requests/" + declined + "/decline").then().statusCode(200)
                .body("state", equalTo("DECLINED"));
        as(b).post("/api/me/swap-requests/" + declined + "/accept").then().statusCode(409);
        int cancelled = propose(a, b, fri).then().statusCode(201).extract().path("id");
        as(a).post("/api/me/swap-requests/" + cancelled + "/cancel").then().statusCode(200).body("state", equalTo("CANCELLED"));
        as(a).post("/api/me/swap-requests/" + cancelled + "/cancel").then().statusCode(409);
        assertTrue(notifications(a).stream().anyMatch(n -> Objects.equals(declined, n.get("swapRequestId")) && "DECLINED".equals(n.get("state"))));
        assertTrue(notifications(b).stream().anyMatch(n -> Objects.equals(cancelled, n.get("swapRequestId")) && "CANCELLED".equals(n.get("state"))));
        assertTrue(notifications(b).stream().anyMatch(n -> Objects.equals(declined, n.get("swapRequestId")) && "PROPOSED".equals(n.get("state"))));
    }

    @Test
    @Order(4)
    void aSwapThatBreaksCertificationIsRejectedNamingTheRule() {
        LocalDate tue = MONDAY.plusDays(1);
        Map<Integer, Map<LocalDate, Map<String, Object>>> week = week();
        for (Map.Entry<Integer, Map<LocalDate, Map<String, Object>>> b : week.entrySet()) {
            Map<String, Object> duty = b.getValue().get(tue);
            if (!working(duty) || !active(b.getKey())) {
                continue;
            }
            int queue = (Integer) duty.get("queueId");
            int a = week.keySet().stream().filter(id -> active(id) && !certified(id).contains(queue) && !working(week.get(id).get(tue)))
                    .findFirst().orElse(-1);
            if (a < 0) {
                continue;
            }
            int swap = propose(a, b.getKey(), tue).then().statusCode(201).extract().path("id");
            as(b.getKey()).post("/api/me/swap-requests/" + swap + "/accept").then().statusCode(422)
                    .body("errors.field", hasItem(CERTIFIED)).body("detail", containsString(CERTIFIED));
            as(a).get("/api/me/swap-requests/" + swap).then().statusCode(200).body("state", equalTo("REJECTED_BY_RULES"))
                    .body("brokenRules[0]", containsString(CERTIFIED));
            assertTrue(notifications(a).stream().anyMatch(n -> Objects.equals(swap, n.get("swapRequestId"))
                    && "REJECTED_BY_RULES".equals(n.get("state"))));
            return;
        }
        fail("no working agent with an uncertified agent off the same day");
    }

    @Test
    @Order(5)
    void aSwapThatLeavesTooLittleRestIsRejectedNamingTheRule() {
        Map<Integer, Map<LocalDate, Map<String, Object>>> week = week();
        for (int d = 4; d < 6; d++) {
            LocalDate day = MONDAY.plusDays(d);
            for (Map.Entry<Integer, Map<LocalDate, Map<String, Object>>> b : week.entrySet()) {
                Map<String, Object> night = b.getValue().get(day);
                if (!working(night) || !"NIGHT".equals(night.get("shiftTemplateCode"))) {
                    continue;
                }
                LocalDateTime nightEnd = LocalDateTime.parse((String) night.get("end"));
                int queue = (Integer) night.get("queueId");
                int a = week.keySet().stream().filter(id -> active(id) && certified(id).contains(queue)
                                && (Boolean) agents.get(id).get("nightEligible") && !working(week.get(id).get(day))
                                && working(week.get(id).get(day.plusDays(1)))
                                && Duration.between(nightEnd, LocalDateTime.parse((String) week.get(id).get(day.plusDays(1)).get("start"))).toHours() < 9)
                        .findFirst().orElse(-1);
                if (a < 0) {
                    continue;
                }
                int swap = propose(a, b.getKey(), day).then().statusCode(201).extract().path("id");
                as(b.getKey()).body(Map.of("version", 0)).post("/api/me/swap-requests/" + swap + "/accept").then().statusCode(422)
                        .body("errors.field", hasItem(REST));
                given().get("/api/swap-requests/" + swap).then().statusCode(200).body("state", equalTo("REJECTED_BY_RULES"));
                return;
            }
        }
        fail("no night shift followed by a morning shift of a certified agent");
    }

    /** A swap without a hard-rule change: two agents on the same shift template in queues each is certified for. */
    record Pair(int a, int b, LocalDate day) {
    }

    private Pair crossQueuePair(Set<Integer> used) {
        Map<Integer, Map<LocalDate, Map<String, Object>>> week = week();
        List<Integer> ids = new ArrayList<>(week.keySet());
        ids.sort(Integer::compare);
        for (int d = 5; d >= 1; d--) {
            LocalDate day = MONDAY.plusDays(d);
            for (int a : ids) {
                Map<String, Object> da = week.get(a).get(day);
                if (used.contains(a) || !active(a) || !working(da)) {
                    continue;
                }
                for (int b : ids) {
                    Map<String, Object> db = week.get(b).get(day);
                    if (b == a || used.contains(b) || !active(b) || !working(db)
                            || !da.get("shiftTemplateCode").equals(db.get("shiftTemplateCode")) || da.get("queueId").equals(db.get("queueId"))) {
                        continue;
                    }
                    if (certified(a).contains((Integer) db.get("queueId")) && certified(b).contains((Integer) da.get("queueId"))) {
                        return new Pair(a, b, day);
                    }
                }
            }
        }
        fail("no two agents on the same shift in different queues, certified for both");
        return null;
    }

    @Test
    @Order(6)
    void anApprovedSwapUpdatesBothPublishedDutiesAndNotifiesBoth() {
        Pair pair = crossQueuePair(Set.of());
        LocalDate sat = pair.day();
        int a = pair.a();
        int b = pair.b();
        Map<String, Object> before = assignments(sat, sat).stream().collect(Collectors.groupingBy(x -> (Integer) x.get("agentId")))
                .entrySet().stream().filter(e -> e.getKey() == a || e.getKey() == b)
                .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), e -> e.getValue().get(0)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("counterpartAgentId", b);
        body.put("dates", List.of(sat.toString()));
        body.put("message", "family dinner");
        body.put("requestKey", "swap-1");
        int swap = as(a).body(body).post("/api/me/swap-requests").then().statusCode(201)
                .body("days[0].proposerDuty.queueId", equalTo(((Map<?, ?>) before.get(String.valueOf(a))).get("queueId")))
                .body("days[0].counterpartDuty.queueId", equalTo(((Map<?, ?>) before.get(String.valueOf(b))).get("queueId")))
                .extract().path("id");
        as(a).body(body).post("/api/me/swap-requests").then().statusCode(200).body("id", equalTo(swap));
        long accepted = as(b).body(Map.of("version", 0)).post("/api/me/swap-requests/" + swap + "/accept").then().statusCode(200)
                .body("state", equalTo("PENDING_APPROVAL")).extract().jsonPath().getLong("version");
        supervisor.given().queryParam("state", "PENDING_APPROVAL").get("/api/swap-requests").then().statusCode(200).body("id", hasItem(swap));
        otherSiteSupervisor.given().get("/api/swap-requests").then().statusCode(200).body("id", not(hasItem(swap)));
        otherSiteSupervisor.given().contentType(ContentType.JSON).body(decision(accepted, null))
                .post("/api/swap-requests/" + swap + "/approve").then().statusCode(404);
        as(b).body(decision(accepted, null)).post("/api/swap-requests/" + swap + "/approve").then().statusCode(403);
        supervisor.given().contentType(ContentType.JSON).body(decision(accepted + 3, null))
                .post("/api/swap-requests/" + swap + "/approve").then().statusCode(409);

        long rosterVersion = rosterVersion();
        supervisor.given().contentType(ContentType.JSON).body(decision(accepted, "ok"))
                .post("/api/swap-requests/" + swap + "/approve").then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("decidedBy", equalTo(supervisor.username()));
        assertNotEquals(rosterVersion, rosterVersion());
        Map<Integer, Map<String, Object>> after = assignments(sat, sat).stream().collect(Collectors.toMap(x -> (Integer) x.get("agentId"), x -> x));
        for (int[] p : new int[][]{{a, b}, {b, a}}) {
            Map<String, Object> was = (Map<String, Object>) before.get(String.valueOf(p[1]));
            Map<String, Object> is = after.get(p[0]);
            assertEquals(was.get("queueId"), is.get("queueId"), "working duty of " + p[0]);
            assertEquals(was.get("shiftTemplateCode"), is.get("shiftTemplateCode"));
            Map<String, Object> published = (Map<String, Object>) is.get("published");
            assertEquals(was.get("queueId"), published.get("queueId"), "published duty of " + p[0]);
            assertEquals(was.get("shiftTemplateCode"), published.get("shiftTemplateCode"));
            assertEquals(true, is.get("pinned"));
            assertEquals(false, is.get("changedSincePublication"));
        }
        given().get("/api/rosters/" + roster + "/changes").then().statusCode(200)
                .body("findAll { it.reason == 'SWAP' }.agentId", hasItem(a)).body("findAll { it.reason == 'SWAP' }.agentId", hasItem(b));
        for (int agent : new int[]{a, b}) {
            List<Map<String, Object>> notes = notifications(agent);
            assertTrue(notes.stream().anyMatch(n -> "SHIFT_CHANGE".equals(n.get("kind"))
                    && "SWAP".equals(((Map<String, Object>) n.get("change")).get("reason"))), notes.toString());
            assertTrue(notes.stream().anyMatch(n -> Objects.equals(swap, n.get("swapRequestId")) && "APPROVED".equals(n.get("state"))));
        }
        supervisor.given().contentType(ContentType.JSON).body(decision(accepted + 1, null))
                .post("/api/swap-requests/" + swap + "/approve").then().statusCode(409);

        // a second accepted swap, refused with a reason
        Pair second = crossQueuePair(Set.of(a, b));
        int[] other = {second.a(), second.b()};
        int refused = propose(other[0], other[1], second.day()).then().statusCode(201).extract().path("id");
        long version = as(other[1]).post("/api/me/swap-requests/" + refused + "/accept").then().statusCode(200).extract().jsonPath().getLong("version");
        supervisor.given().contentType(ContentType.JSON).body(decision(version, null)).post("/api/swap-requests/" + refused + "/refuse")
                .then().statusCode(400).body("errors.field", hasItem("note"));
        supervisor.given().contentType(ContentType.JSON).body(decision(version, "short on Sunday")).post("/api/swap-requests/" + refused + "/refuse")
                .then().statusCode(200).body("state", equalTo("REFUSED"));
        as(other[0]).get("/api/me/notifications").then().statusCode(200).body("state", hasItem("REFUSED"));
    }

    @Test
    @Order(9)
    void theConsoleCarriesASwapFromProposalThroughAcceptanceToApproval() {
        Set<Integer> busy = new java.util.HashSet<>();
        for (Map<String, Object> open : given().get("/api/swap-requests").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("")) {
            if (Set.of("PROPOSED", "PENDING_APPROVAL").contains(open.get("state"))) {
                busy.add((Integer) ((Map<String, Object>) open.get("proposer")).get("agentId"));
                busy.add((Integer) ((Map<String, Object>) open.get("counterpart")).get("agentId"));
            }
        }
        Pair pair = crossQueuePair(busy);
        ConsoleSession proposer = ConsoleSession.signIn(user(pair.a()));
        String token = ConsoleSession.csrf(proposer.get("/console/me").then().statusCode(200)
                .body(containsString("id=\"swap-form\"")).extract().asString());
        proposer.post("/console/me/swaps", "", Map.of("counterpartAgentId", pair.b(), "firstDate", pair.day().toString()))
                .then().statusCode(400);
        proposer.post("/console/me/swaps", token, Map.of("counterpartAgentId", pair.b(), "firstDate", "2026-11-20"))
                .then().statusCode(303).header("Location", containsString("error="));
        proposer.post("/console/me/swaps", token, Map.of("counterpartAgentId", pair.b(), "firstDate", pair.day().toString(),
                "message", "console swap")).then().statusCode(303).header("Location", containsString("flash=swap_sent"));
        Map<String, Object> swap = as(pair.b()).get("/api/me/swap-requests").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("").stream().filter(x -> "console swap".equals(x.get("message"))).findFirst().orElseThrow();
        int id = (Integer) swap.get("id");

        ConsoleSession counterpart = ConsoleSession.signIn(user(pair.b()));
        String page = counterpart.get("/console/me").then().statusCode(200)
                .body(containsString("data-swap-id=\"" + id + "\"")).body(containsString("swap-accept")).extract().asString();
        counterpart.post("/console/me/swaps/" + id + "/accept", ConsoleSession.csrf(page), Map.of("version", swap.get("version")))
                .then().statusCode(303).header("Location", containsString("flash=swap_accept"));
        long version = given().get("/api/swap-requests/" + id).then().statusCode(200).body("state", equalTo("PENDING_APPROVAL"))
                .extract().jsonPath().getLong("version");

        ConsoleSession lead = ConsoleSession.signIn(supervisor);
        String requests = lead.get("/console/requests").then().statusCode(200)
                .body(containsString("data-swap-id=\"" + id + "\"")).extract().asString();
        lead.post("/console/requests/swaps/" + id + "/approve", ConsoleSession.csrf(requests), Map.of("version", version))
                .then().statusCode(303).header("Location", containsString("flash=decided"));
        given().get("/api/swap-requests/" + id).then().statusCode(200).body("state", equalTo("APPROVED"));
        proposer.get("/console/me").then().statusCode(200).body(containsString("id=\"notification-list\""))
                .body(containsString("APPROVED"));
    }

    // ---- roles -------------------------------------------------------------------------------------

    record Call(String method, String path, Object body) {
    }

    @Test
    @Order(7)
    void aTwoDateSwapExchangesTheDutiesOnBothDates() {
        Map<Integer, Map<LocalDate, Map<String, Object>>> week = week();
        List<Integer> ids = week.keySet().stream().filter(this::active).sorted().toList();
        int attempts = 0;
        // "you work my Friday, I work your Sunday": A works d1 and is off d2, B the other way round, same shift template
        for (int d1 = 1; d1 < 7; d1++) {
            for (int d2 = d1 + 1; d2 < 7; d2++) {
                LocalDate first = MONDAY.plusDays(d1);
                LocalDate second = MONDAY.plusDays(d2);
                for (int a : ids) {
                    Map<String, Object> a1 = week.get(a).get(first);
                    if (!working(a1) || working(week.get(a).get(second))) {
                        continue;
                    }
                    for (int b : ids) {
                        Map<String, Object> b2 = week.get(b).get(second);
                        if (b == a || working(week.get(b).get(first)) || !working(b2)
                                || !a1.get("shiftTemplateCode").equals(b2.get("shiftTemplateCode"))
                                || !certified(a).contains((Integer) b2.get("queueId")) || !certified(b).contains((Integer) a1.get("queueId"))) {
                            continue;
                        }
                        if (++attempts > 15) {
                            fail("no two-date swap passed the hard rules in 15 attempts");
                        }
                        int swap = propose(a, b, second, first).then().statusCode(201).body("days.date", equalTo(List.of(first.toString(),
                                second.toString()))).extract().path("id");
                        Response accepted = as(b).post("/api/me/swap-requests/" + swap + "/accept");
                        if (accepted.statusCode() == 422) {
                            assertEquals("REJECTED_BY_RULES", given().get("/api/swap-requests/" + swap).then().extract().path("state"));
                            continue;
                        }
                        assertEquals(200, accepted.statusCode(), accepted.asString());
                        given().contentType(ContentType.JSON).body(decision(accepted.jsonPath().getLong("version"), null))
                                .post("/api/swap-requests/" + swap + "/approve").then().statusCode(200).body("state", equalTo("APPROVED"));
                        Map<String, Map<String, Object>> after = assignments(first, second).stream()
                                .collect(Collectors.toMap(x -> x.get("agentId") + "/" + x.get("date"), x -> x));
                        Map<String, Object> aFirst = (Map<String, Object>) after.get(a + "/" + first).get("published");
                        Map<String, Object> aSecond = (Map<String, Object>) after.get(a + "/" + second).get("published");
                        Map<String, Object> bFirst = (Map<String, Object>) after.get(b + "/" + first).get("published");
                        Map<String, Object> bSecond = (Map<String, Object>) after.get(b + "/" + second).get("published");
                        assertEquals(null, aFirst.get("shiftTemplateCode"), "A is off on the first date");
                        assertEquals(b2.get("queueId"), aSecond.get("queueId"), "A works B's duty on the second date");
                        assertEquals(a1.get("queueId"), bFirst.get("queueId"), "B works A's duty on the first date");
                        assertEquals(null, bSecond.get("shiftTemplateCode"), "B is off on the second date");
                        return;
                    }
                }
            }
        }
        fail("no agents working opposite days on the same shift template");
    }

    @Test
    @Order(8)
    void everyEndpointAnswersOnlyItsRoles() {
        int agent = agents.keySet().stream().filter(this::active).findFirst().orElseThrow();
        int client = given().get("/api/clients").then().extract().path("[0].id");
        Map<String, Supplier<RequestSpecification>> roles = new LinkedHashMap<>();
        roles.put("ADMIN", () -> given());
        TestUser sup = TestUsers.supervisor(List.of((long) site), List.of());
        roles.put("SUPERVISOR", sup::given);
        TestUser planner = TestUsers.planner();
        roles.put("PLANNER", planner::given);
        TestUser viewer = TestUsers.clientViewer(client);
        roles.put("CLIENT_VIEWER", viewer::given);
        roles.put("AGENT", () -> user(agent).given());

        Map<String, Object> leaveBody = leave(MONDAY.plusDays(40), null, null);
        Map<String, Object> swapBody = Map.of("counterpartAgentId", 999_999, "dates", List.of(MONDAY.plusDays(4).toString()));
        Map<String, Object> decisionBody = decision(0, "x");
        List<Call> agentCalls = List.of(
                new Call("POST", "/api/me/leave-requests", leaveBody),
                new Call("GET", "/api/me/leave-requests", null),
                new Call("GET", "/api/me/leave-requests/999999", null),
                new Call("DELETE", "/api/me/leave-requests/999999", null),
                new Call("POST", "/api/me/swap-requests", swapBody),
                new Call("GET", "/api/me/swap-requests", null),
                new Call("GET", "/api/me/swap-requests/999999", null),
                new Call("POST", "/api/me/swap-requests/999999/accept", Map.of()),
                new Call("POST", "/api/me/swap-requests/999999/decline", Map.of()),
                new Call("POST", "/api/me/swap-requests/999999/cancel", Map.of()),
                new Call("GET", "/api/me/notifications", null));
        List<Call> supervisorCalls = List.of(
                new Call("GET", "/api/leave-requests", null),
                new Call("GET", "/api/leave-requests/" + approvedLeave, null),
                new Call("GET", "/api/leave-requests/" + approvedLeave + "/coverage-effect", null),
                new Call("POST", "/api/leave-requests/999999/approve", decisionBody),
                new Call("POST", "/api/leave-requests/999999/refuse", decisionBody),
                new Call("GET", "/api/swap-requests", null),
                new Call("GET", "/api/swap-requests/999999", null),
                new Call("POST", "/api/swap-requests/999999/approve", decisionBody),
                new Call("POST", "/api/swap-requests/999999/refuse", decisionBody));
        check(agentCalls, Set.of("AGENT"), roles);
        check(supervisorCalls, Set.of("ADMIN", "SUPERVISOR"), roles);
    }

    private void check(List<Call> calls, Set<String> allowed, Map<String, Supplier<RequestSpecification>> roles) {
        for (Call call : calls) {
            assertEquals(401, send(anonymous(), call).statusCode(), "anonymous " + call);
            roles.forEach((role, spec) -> {
                Response response = send(spec.get(), call);
                if (allowed.contains(role)) {
                    assertTrue(response.statusCode() != 401 && response.statusCode() != 403,
                            role + " " + call + " -> " + response.statusCode() + " " + response.asString());
                } else {
                    assertEquals(403, response.statusCode(), role + " " + call + " -> " + response.asString());
                    assertFalse(response.asString().contains("\"agentId\""), "no data in a refusal: " + response.asString());
                }
            });
        }
    }

    private static Response send(RequestSpecification spec, Call call) {
        if (call.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(call.body());
        }
        return spec.request(call.method(), call.path());
    }
}
