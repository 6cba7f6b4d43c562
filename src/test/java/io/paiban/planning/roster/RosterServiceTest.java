package io.paiban.planning.roster;

import io.paiban.planning.roster.jobs.SolveJob;
import io.paiban.planning.roster.jobs.SolveJobKind;
import io.paiban.planning.roster.jobs.SolveJobManager;
import io.paiban.planning.roster.jobs.SolveJobStatus;
import io.paiban.planning.roster.store.RosterProblemBuilder;
import io.paiban.planning.roster.store.SiteRoster;

import io.paiban.support.DatabaseCleaner;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.paiban.support.Api.given;
import static io.paiban.support.SolveJobs.awaitJob;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The roster service end to end on a small demo center (40 agents, 3 queues): forecast -> staffing -> roster
 * -> solve (feasible) -> explain -> edit -> publish -> sick call -> re-plan, plus progress, stop and restart.
 * Solves are step-limited (a few seconds each).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RosterServiceTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final int STEPS = 4_000;

    @Inject
    DatabaseCleaner cleaner;

    @Inject
    SolveJobManager manager;

    @Inject
    RosterProblemBuilder builder;

    int site;
    int staffingRun;
    int roster;
    int flexAgent;
    LocalDate flexDay = MONDAY.plusDays(2);
    Map<Integer, Map<String, Object>> agents = new HashMap<>();
    Map<Integer, String> queueCodes = new HashMap<>();

    @BeforeEach
    void demoCenterForecastAndStaffing() throws Exception {
        if (staffingRun != 0) {
            return;
        }
        cleaner.deleteMasterData();
        given().queryParam("agents", 40).queryParam("queues", 3).queryParam("weeks", 6).queryParam("historyEnd", MONDAY.toString())
                .post("/api/demo").then().statusCode(201);
        site = given().get("/api/sites").then().extract().path("[0].id");
        List<Map<String, Object>> all = given().queryParam("size", 500).get("/api/agents").then().extract().jsonPath().getList("items");
        all.forEach(a -> agents.put((Integer) a.get("id"), a));
        List<Map<String, Object>> queues = given().get("/api/queues").then().extract().jsonPath().getList("");
        queues.forEach(q -> queueCodes.put((Integer) q.get("id"), (String) q.get("code")));
        int forecastRun = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 2))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        staffingRun = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecastRun))
                .post("/api/staffing-runs").then().statusCode(201).extract().path("id");
    }

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    private int createRoster(String label) {
        return given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffingRun, "weeks", 1, "label", label))
                .post("/api/rosters").then().statusCode(201)
                .body("firstDate", equalTo(MONDAY.toString())).body("status", equalTo("DRAFT")).extract().path("id");
    }

    private List<Map<String, Object>> assignments(int rosterId) {
        return given().get("/api/rosters/" + rosterId + "/assignments").then().statusCode(200).extract().jsonPath().getList("");
    }

    private long rosterVersion(int rosterId) {
        return given().get("/api/rosters/" + rosterId).then().extract().jsonPath().getLong("version");
    }

    private static String key(Map<String, Object> a) {
        return a.get("agentId") + "/" + a.get("date");
    }

    private static String duty(Map<String, Object> a) {
        return a.get("shiftTemplateCode") + "@" + a.get("queueId");
    }

    @Test
    @Order(1)
    void badInputNamesTheField() {
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", 999_999))
                .post("/api/rosters").then().statusCode(400).body("errors.field", hasItem("staffingRunId"));
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffingRun, "weeks", 5))
                .post("/api/rosters").then().statusCode(400).body("errors.field", hasItem("weeks"));
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffingRun, "weeks", 3))
                .post("/api/rosters").then().statusCode(422).body("errors.field", hasItem("staffingRunId"))
                .body("detail", containsString("not the roster horizon"));
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffingRun, "firstDate", "2026-11-16"))
                .post("/api/rosters").then().statusCode(422).body("errors.field", hasItem("staffingRunId"));
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffingRun, "solverConfig", "nosuch"))
                .post("/api/rosters").then().statusCode(400).body("errors.field", hasItem("solverConfig"));
        given().get("/api/rosters/999999").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "constraintName", "Approved leave respected", "weight", 5))
                .post("/api/roster-weights").then().statusCode(400).body("errors.field", hasItem("constraintName"));
    }

    @Test
    @Order(2)
    void solvesToAFeasibleRosterWithProgressEvents() throws Exception {
        flexAgent = agents.values().stream().filter(a -> "FLEX_POOL".equals(a.get("employmentType")) && "ACTIVE".equals(a.get("status")))
                .map(a -> (Integer) a.get("id")).findFirst().orElseThrow();
        given().contentType(ContentType.JSON).body(Map.of("agentId", flexAgent, "date", flexDay.toString()))
                .post("/api/flex-offers").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "constraintName", "Fair spread of night shifts", "weight", 4000))
                .post("/api/roster-weights").then().statusCode(201).body("level", equalTo("SOFT")).body("defaultWeight", equalTo(2000));

        roster = createRoster("week 48");
        int job = given().contentType(ContentType.JSON).body(Map.of("stepLimit", STEPS, "timeLimitSeconds", 60))
                .post("/api/rosters/" + roster + "/solve").then().statusCode(202)
                .body("kind", equalTo("SOLVE")).body("solverConfig", equalTo("default")).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/rosters/" + roster + "/solve").then().statusCode(409);

        // the event stream runs until the job ends
        String events = given().accept("text/event-stream").get("/api/solve-jobs/" + job + "/events").then().statusCode(200)
                .extract().asString();
        assertTrue(events.contains("data:"), events);
        assertTrue(events.contains("\"finished\":true"), events);
        assertTrue(events.contains("\"points\":[{\"seq\":1"), events);

        JsonPath done = awaitJob(job, Duration.ofSeconds(60));
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(0L, done.getLong("hardScore"), done.getString("bestScore"));
        assertTrue(done.getBoolean("feasible"));
        assertTrue(done.getInt("saves") >= 1 && done.getInt("saves") <= done.getInt("improvements"), done.prettify());
        assertEquals(1.0, done.getDouble("progress"));
        // a client that connects after the end still gets the whole history in the one, final event
        String late = given().accept("text/event-stream").get("/api/solve-jobs/" + job + "/events").then().statusCode(200)
                .extract().asString();
        assertTrue(late.contains("\"finished\":true") && late.contains("\"points\":[{\"seq\":1"), late);
        // the lower bound computed next to the solve (its own thread): never above the roster's medium penalty
        JsonPath bounded = done;
        for (int i = 0; i < 120 && bounded.get("bound.lowerBound") == null; i++) {
            sleep(250);
            bounded = given().get("/api/solve-jobs/" + job).then().statusCode(200).extract().jsonPath();
        }
        long lowerBound = bounded.getLong("bound.lowerBound");
        assertTrue(lowerBound > 0 && lowerBound <= -bounded.getLong("mediumScore"), bounded.prettify());
        assertEquals(-bounded.getLong("mediumScore"), bounded.getLong("bound.medium"));
        assertTrue(bounded.getDouble("bound.gap") >= 0, bounded.prettify());

        List<Map<String, Object>> rows = assignments(roster);
        long rostered = agents.values().stream().filter(a -> !"LEFT".equals(a.get("status"))).count();
        assertEquals(rostered * 7, rows.size());
        for (Map<String, Object> a : rows) {
            Map<String, Object> agent = agents.get((Integer) a.get("agentId"));
            if (!(Boolean) a.get("working")) {
                continue;
            }
            assertEquals("ACTIVE", agent.get("status"), "trainees never work: " + a);
            if ("FLEX_POOL".equals(agent.get("employmentType"))) {
                assertEquals(flexAgent, a.get("agentId"), "flex agents only on offered days: " + a);
                assertEquals(flexDay.toString(), a.get("date"));
            }
            if ("NIGHT".equals(a.get("shiftTemplateCode"))) {
                assertEquals(a.get("date") + "T17:30", a.get("start").toString().substring(0, 16));
                assertEquals(LocalDate.parse((String) a.get("date")).plusDays(1) + "T01:00", a.get("end").toString().substring(0, 16));
                assertTrue(a.get("endsAt").toString().endsWith("T17:00:00Z"), a.toString()); // 01:00 Shanghai
            }
        }
        given().get("/api/rosters/" + roster).then().body("latestJob.status", equalTo("DONE")).body("shifts", org.hamcrest.Matchers.greaterThan(50));
    }

    @Test
    @Order(3)
    void explainsConstraintsIntervalsAndAgents() {
        JsonPath explanation = given().get("/api/rosters/" + roster + "/explanation").then().statusCode(200)
                .body("feasible", equalTo(true)).extract().jsonPath();
        List<String> names = explanation.getList("constraints.name");
        assertTrue(names.containsAll(List.of("Understaffing", "Labour cost", "Minimum rest between shifts")), names.toString());
        assertEquals(4000, explanation.getInt("constraints.find { it.name == 'Fair spread of night shifts' }.weight"));
        assertTrue(explanation.getInt("constraints.find { it.name == 'Labour cost' }.matchCount") > 0);
        assertTrue(explanation.getDouble("coverage.metShare") > 0.3, explanation.prettify());
        // the gap to the bound, and the shortfall per queue and day split into unavoidable (the bound's share) and search
        long bound = explanation.getLong("bound.lowerBound");
        assertTrue(bound <= explanation.getLong("bound.medium"), explanation.prettify());
        List<Map<String, Object>> shortfall = explanation.getList("shortfall");
        assertFalse(shortfall.isEmpty());
        double unavoidable = shortfall.stream().mapToDouble(r -> ((Number) r.get("unavoidable")).doubleValue()).sum();
        long medium = shortfall.stream().mapToLong(r -> ((Number) r.get("medium")).longValue()).sum();
        assertEquals(bound, unavoidable, 0.05 * shortfall.size() + 1, "the shares add up to the bound");
        assertEquals(explanation.getLong("bound.medium"), medium, "the roster's squared shortfall per queue and day adds up to its medium penalty");

        int queue = queueCodes.keySet().iterator().next();
        List<Map<String, Object>> intervals = given().queryParam("queueId", queue).queryParam("date", MONDAY.plusDays(1).toString())
                .get("/api/rosters/" + roster + "/coverage").then().statusCode(200).body("", hasSize(48)).extract().jsonPath().getList("");
        for (Map<String, Object> i : intervals) {
            int required = (Integer) i.get("required");
            int rostered = (Integer) i.get("rostered");
            assertEquals(Math.max(0, required - rostered), i.get("shortfall"));
            assertEquals(rostered, ((List<?>) i.get("present")).size());
            if ((Integer) i.get("shortfall") > 0) {
                assertTrue(i.get("constraints").toString().contains(rostered == 0 ? "Uncovered interval" : "Understaffing"), i.toString());
            }
        }
        given().queryParam("shortOnly", true).get("/api/rosters/" + roster + "/coverage").then().statusCode(200);
        given().queryParam("queueId", 999_999).get("/api/rosters/" + roster + "/coverage").then().statusCode(400)
                .body("errors.field", hasItem("queueId"));

        Map<String, Object> night = assignments(roster).stream().filter(a -> "NIGHT".equals(a.get("shiftTemplateCode"))).findFirst().orElseThrow();
        given().get("/api/rosters/" + roster + "/agents/" + night.get("agentId") + "/explanation").then().statusCode(200)
                .body("nightShifts", org.hamcrest.Matchers.greaterThan(0))
                .body("constraints.name", hasItem("Fair spread of night shifts"))
                .body("constraints.name", hasItem("Labour cost"));
    }

    @Test
    @Order(4)
    void manualEditsAreCheckedAgainstTheHardRules() {
        List<Map<String, Object>> rows = assignments(roster);
        Map<String, Map<String, Object>> byKey = rows.stream().collect(Collectors.toMap(RosterServiceTest::key, a -> a));
        // a DAY shift the morning after a NIGHT shift leaves 7.5 h of rest
        Map<String, Object> night = rows.stream().filter(a -> "NIGHT".equals(a.get("shiftTemplateCode"))
                && LocalDate.parse((String) a.get("date")).isBefore(MONDAY.plusDays(6))).findFirst().orElseThrow();
        LocalDate next = LocalDate.parse((String) night.get("date")).plusDays(1);
        long versionBeforeCheck = rosterVersion(roster);
        // the dry run names the same rule and saves nothing
        given().contentType(ContentType.JSON).body(Map.of("shiftTemplateCode", "DAY", "queueId", night.get("queueId")))
                .post("/api/rosters/" + roster + "/assignments/" + night.get("agentId") + "/" + next + "/check").then().statusCode(200)
                .body("allowed", equalTo(false)).body("broken.rule", hasItem("Minimum rest between shifts"));
        given().contentType(ContentType.JSON).body(Map.of("queueId", night.get("queueId")))
                .post("/api/rosters/" + roster + "/assignments/" + night.get("agentId") + "/" + next + "/check").then().statusCode(400)
                .body("errors.field", hasItem("queueId"));
        assertEquals(versionBeforeCheck, rosterVersion(roster));
        given().contentType(ContentType.JSON)
                .body(Map.of("shiftTemplateCode", "DAY", "queueId", night.get("queueId"), "version", rosterVersion(roster)))
                .put("/api/rosters/" + roster + "/assignments/" + night.get("agentId") + "/" + next).then().statusCode(422)
                .body("detail", containsString("Minimum rest between shifts"))
                .body("errors.field", hasItem("Minimum rest between shifts"));

        // a queue the agent is not certified for
        Map<String, Object> agent = agents.get((Integer) night.get("agentId"));
        Set<Integer> certified = ((List<Map<String, Object>>) agent.get("certifications")).stream()
                .map(c -> (Integer) c.get("queueId")).collect(Collectors.toSet());
        Map.Entry<Integer, Map<String, Object>> uncertified = agents.entrySet().stream()
                .filter(e -> "ACTIVE".equals(e.getValue().get("status")) && "IN_HOUSE".equals(e.getValue().get("employmentType")))
                .filter(e -> ((List<?>) e.getValue().get("certifications")).size() < queueCodes.size()).findFirst().orElseThrow();
        Set<Integer> has = ((List<Map<String, Object>>) uncertified.getValue().get("certifications")).stream()
                .map(c -> (Integer) c.get("queueId")).collect(Collectors.toSet());
        int otherQueue = queueCodes.keySet().stream().filter(q -> !has.contains(q)).findFirst().orElseThrow();
        LocalDate offDay = rows.stream().filter(a -> a.get("agentId").equals(uncertified.getKey()) && !(Boolean) a.get("working"))
                .map(a -> LocalDate.parse((String) a.get("date"))).findFirst().orElse(MONDAY);
        given().contentType(ContentType.JSON)
                .body(Map.of("shiftTemplateCode", "PEAK_MID", "queueId", otherQueue, "version", rosterVersion(roster)))
                .put("/api/rosters/" + roster + "/assignments/" + uncertified.getKey() + "/" + offDay).then().statusCode(422)
                .body("errors.field", hasItem("Active agent certified for the queue"));
        assertFalse(certified.isEmpty());

        // allowed: give a working agent the day off; saved pinned, MANUAL, logged
        Map<String, Object> working = rows.stream().filter(a -> (Boolean) a.get("working") && !a.equals(night)).findFirst().orElseThrow();
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/rosters/" + roster + "/assignments/" + working.get("agentId") + "/" + working.get("date") + "/check")
                .then().statusCode(200).body("allowed", equalTo(true)).body("broken", org.hamcrest.Matchers.empty());
        long version = rosterVersion(roster);
        Map<String, Object> body = new HashMap<>();
        body.put("shiftTemplateCode", null);
        body.put("version", version);
        body.put("actor", "lead.wang");
        body.put("note", "training day");
        long newVersion = given().contentType(ContentType.JSON).body(body)
                .put("/api/rosters/" + roster + "/assignments/" + working.get("agentId") + "/" + working.get("date")).then().statusCode(200)
                .body("assignment.working", equalTo(false)).body("assignment.source", equalTo("MANUAL"))
                .body("assignment.pinned", equalTo(true)).extract().jsonPath().getLong("rosterVersion");
        assertNotEquals(version, newVersion);
        given().contentType(ContentType.JSON).body(body)
                .put("/api/rosters/" + roster + "/assignments/" + working.get("agentId") + "/" + working.get("date")).then().statusCode(409);
        given().get("/api/rosters/" + roster + "/changes").then().statusCode(200)
                .body("find { it.reason == 'MANUAL_EDIT' }.actor", equalTo(io.paiban.support.Api.ADMIN_USER))
                .body("find { it.reason == 'MANUAL_EDIT' }.before.shiftTemplateCode", equalTo(working.get("shiftTemplateCode")))
                .body("find { it.reason == 'MANUAL_EDIT' }.after.shiftTemplateCode", equalTo(null));
        assertTrue(byKey.containsKey(key(working)));
    }

    @Test
    @Order(5)
    void publishThenReplanAfterASickCallKeepsUnaffectedAssignments() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("version", rosterVersion(roster), "actor", "lead.wang"))
                .post("/api/rosters/" + roster + "/publish").then().statusCode(200)
                .body("roster.status", equalTo("PUBLISHED")).body("roster.publicationNo", equalTo(1)).body("changesLogged", equalTo(0));
        List<Map<String, Object>> published = assignments(roster);
        assertTrue(published.stream().allMatch(a -> (Boolean) a.get("pinned") && a.get("published") != null));

        // an agent working Wednesday and Thursday calls in sick for both days
        Map<Integer, List<Map<String, Object>>> byAgent = published.stream().collect(Collectors.groupingBy(a -> (Integer) a.get("agentId")));
        LocalDate wed = MONDAY.plusDays(2);
        LocalDate thu = MONDAY.plusDays(3);
        int sick = byAgent.entrySet().stream().filter(e -> e.getValue().stream()
                        .filter(a -> (Boolean) a.get("working") && (a.get("date").equals(wed.toString()) || a.get("date").equals(thu.toString())))
                        .count() == 2)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        given().contentType(ContentType.JSON).body(Map.of("agentId", sick, "kind", "SICK", "firstDate", wed.toString(), "lastDate", thu.toString()))
                .post("/api/absences").then().statusCode(201).body("approved", equalTo(true));

        JsonPath started = given().contentType(ContentType.JSON).body(Map.of("mode", "FILL_GAPS", "stepLimit", 2_000, "reason", "sick call"))
                .post("/api/rosters/" + roster + "/replan").then().statusCode(202).extract().jsonPath();
        assertEquals(2, started.getList("affected").size(), started.prettify());
        assertEquals(List.of("Approved leave respected"), started.getList("affected[0].brokenRules"));
        JsonPath done = awaitJob(started.getInt("job.id"), Duration.ofSeconds(60));
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(0L, done.getLong("hardScore"), done.getString("bestScore"));

        Map<String, Map<String, Object>> before = published.stream().collect(Collectors.toMap(RosterServiceTest::key, a -> a));
        int calledIn = 0;
        for (Map<String, Object> a : assignments(roster)) {
            Map<String, Object> was = before.get(key(a));
            boolean sickDay = a.get("agentId").equals(sick) && (a.get("date").equals(wed.toString()) || a.get("date").equals(thu.toString()));
            if (sickDay) {
                assertFalse((Boolean) a.get("working"), "the sick agent's shift is removed: " + a);
            } else if ((Boolean) was.get("working")) {
                assertEquals(duty(was), duty(a), "a published shift moved: " + a);
            } else if ((Boolean) a.get("working")) {
                calledIn++; // a day off on a sick day, given to cover the gap
                assertTrue(a.get("date").equals(wed.toString()) || a.get("date").equals(thu.toString()), a.toString());
            }
        }
        List<Map<String, Object>> changes = given().get("/api/rosters/" + roster + "/changes").then().extract().jsonPath().getList("");
        assertEquals(2 + calledIn, changes.stream().filter(c -> "REPLAN".equals(c.get("reason"))).count(), changes.toString());
        given().get("/api/rosters/" + roster).then().body("status", equalTo("DRAFT")).body("unpublishedChanges", equalTo(2 + calledIn));

        given().contentType(ContentType.JSON).body(Map.of("version", rosterVersion(roster)))
                .post("/api/rosters/" + roster + "/publish").then().statusCode(200)
                .body("roster.publicationNo", equalTo(2)).body("changesLogged", equalTo(2 + calledIn));
        given().contentType(ContentType.JSON).body(Map.of("mode", "AFFECTED_ONLY"))
                .post("/api/rosters/" + roster + "/replan").then().statusCode(422);
    }

    @Test
    @Order(6)
    void aJobCanBeStoppedAndAnOrphanedJobTakenOverAndRestarted() throws Exception {
        int second = createRoster("stop and restart");
        int job = given().contentType(ContentType.JSON).body(Map.of("timeLimitSeconds", 120, "unimprovedSeconds", 120))
                .post("/api/rosters/" + second + "/solve").then().statusCode(202).extract().path("id");
        long deadline = System.currentTimeMillis() + 30_000;
        JsonPath live;
        do {
            Thread.sleep(200);
            live = given().get("/api/solve-jobs/" + job).then().extract().jsonPath();
        } while (!(live.getString("status").equals("SOLVING") && live.getInt("improvements") > 0) && System.currentTimeMillis() < deadline);
        assertTrue(live.getList("scoreHistory").size() > 0, live.prettify());
        assertTrue(live.getDouble("progress") < 1, live.prettify());
        long stoppedAt = System.currentTimeMillis();
        given().post("/api/solve-jobs/" + job + "/stop").then().statusCode(200);
        JsonPath stopped = awaitJob(job, Duration.ofSeconds(20));
        assertEquals("STOPPED", stopped.getString("status"));
        assertTrue(System.currentTimeMillis() - stoppedAt < 10_000);
        assertEquals(rosterDays(), assignments(second).size(), "the best roster so far was saved");

        // a job left SOLVING by a replica that died (its lease ran out) is taken over by this one and finished from
        // the saved roster, with what is left of its time limit
        long orphan = QuarkusTransaction.requiringNew().call(() -> {
            SolveJob j = new SolveJob();
            j.rosterId = (long) second;
            j.kind = SolveJobKind.SOLVE;
            j.status = SolveJobStatus.SOLVING;
            j.solverConfig = "default";
            j.timeLimitSeconds = 60;
            j.queuedAt = Instant.now();
            j.startedAt = Instant.now();
            j.owner = "dead-replica";
            j.leaseUntil = Instant.now().minusSeconds(5);
            j.attempts = 1;
            j.solvedSeconds = 58;
            j.persist();
            return j.id;
        });
        JsonPath takenOver = awaitJob((int) orphan, Duration.ofSeconds(60));
        assertEquals("DONE", takenOver.getString("status"), takenOver.prettify());
        assertEquals(2, takenOver.getInt("attempts"));
        assertNotEquals("dead-replica", takenOver.getString("owner"));
        assertTrue(takenOver.getDouble("elapsedSeconds") >= 58, takenOver.prettify());
        int restarted = given().contentType(ContentType.JSON).body(Map.of("stepLimit", 1_000))
                .post("/api/solve-jobs/" + orphan + "/restart").then().statusCode(202)
                .body("kind", equalTo("RESTART")).body("restartedFromJobId", equalTo((int) orphan)).extract().path("id");
        JsonPath done = awaitJob(restarted, Duration.ofSeconds(60));
        assertEquals("DONE", done.getString("status"));
        assertEquals(0L, done.getLong("hardScore"));
        given().get("/api/rosters/" + second + "/jobs").then().body("", hasSize(3));
    }

    @Test
    @Order(7)
    void thePublishedWeekIsTheHistoryOfTheNext() throws Exception {
        LocalDate nextMonday = MONDAY.plusDays(7);
        int next = given().contentType(ContentType.JSON)
                .body(Map.of("siteId", site, "staffingRunId", staffingRun, "firstDate", nextMonday.toString(), "weeks", 1))
                .post("/api/rosters").then().statusCode(201).extract().path("id");
        Map<Integer, List<Map<String, Object>>> week1 = assignments(roster).stream()
                .collect(Collectors.groupingBy(a -> (Integer) a.get("agentId")));
        Map<Long, io.paiban.planning.roster.solver.AgentHistory> history = QuarkusTransaction.requiringNew().call(() ->
                builder.build(SiteRoster.findById((long) next)).solution().getAgents().stream()
                        .collect(Collectors.toMap(a -> Long.parseLong(a.getId()), io.paiban.planning.roster.solver.RosterAgent::getHistory)));
        int lateEnders = 0;
        for (Map.Entry<Integer, List<Map<String, Object>>> e : week1.entrySet()) {
            List<Map<String, Object>> days = e.getValue();
            days.sort(java.util.Comparator.comparing(a -> (String) a.get("date")));
            int trailing = 0;
            for (int i = days.size() - 1; i >= 0 && (Boolean) days.get(i).get("working"); i--) {
                trailing++;
            }
            io.paiban.planning.roster.solver.AgentHistory h = history.get((long) e.getKey());
            assertEquals(trailing, h.consecutiveDaysWorked(), "agent " + e.getKey());
            Map<String, Object> last = days.stream().filter(a -> (Boolean) a.get("working")).reduce((a, b) -> b).orElse(null);
            if (last == null) {
                assertEquals(null, h.lastShiftEndMinute());
            } else {
                long expected = java.time.Duration.between(nextMonday.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant(),
                        Instant.parse((String) last.get("endsAt"))).toMinutes();
                assertEquals(expected, (long) h.lastShiftEndMinute(), "agent " + e.getKey());
                lateEnders += expected > 0 ? 1 : 0;
            }
            long offDays = days.stream().filter(a -> !(Boolean) a.get("working")).count();
            assertEquals(offDays, h.restDates().size(), "agent " + e.getKey());
        }
        assertTrue(lateEnders > 0, "some agent worked past Sunday midnight");

        // solved, the next week respects the history: no seventh day in a row, 10 h of rest after Sunday's shift
        int job = given().contentType(ContentType.JSON).body(Map.of("stepLimit", 2_000)).post("/api/rosters/" + next + "/solve")
                .then().statusCode(202).extract().path("id");
        JsonPath done = awaitJob(job, Duration.ofSeconds(60));
        assertEquals(0L, done.getLong("hardScore"), done.getString("bestScore"));
        for (Map<String, Object> monday : given().queryParam("from", nextMonday.toString()).queryParam("to", nextMonday.toString())
                .get("/api/rosters/" + next + "/assignments").then().extract().jsonPath().<Map<String, Object>>getList("")) {
            io.paiban.planning.roster.solver.AgentHistory h = history.get(((Integer) monday.get("agentId")).longValue());
            if ((Boolean) monday.get("working")) {
                assertTrue(h.consecutiveDaysWorked() < 6, monday.toString());
                if (h.lastShiftEndMinute() != null) {
                    long start = java.time.Duration.between(nextMonday.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant(),
                            Instant.parse((String) monday.get("startsAt"))).toMinutes();
                    assertTrue(start - h.lastShiftEndMinute() >= 600, monday + " after " + h);
                }
            }
        }
    }

    @Test
    @Order(8)
    void rosterInputsHaveCrudAndValidation() {
        int agent = agents.entrySet().stream().filter(e -> "IN_HOUSE".equals(e.getValue().get("employmentType")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        // absences: whole days or a time range, not both; optimistic locking
        given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "kind", "LEAVE", "firstDate", "2026-12-01",
                        "startsAt", "2026-12-01T01:00:00Z", "endsAt", "2026-12-01T03:00:00Z"))
                .post("/api/absences").then().statusCode(400).body("errors.field", hasItem("firstDate"));
        given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "kind", "LEAVE", "firstDate", "2026-12-03", "lastDate", "2026-12-01"))
                .post("/api/absences").then().statusCode(400).body("errors.field", hasItem("lastDate"));
        int range = given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "kind", "UNAVAILABLE",
                        "startsAt", "2026-12-01T01:00:00Z", "endsAt", "2026-12-01T03:00:00Z", "approved", false))
                .post("/api/absences").then().statusCode(201).body("approved", equalTo(false)).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "kind", "UNAVAILABLE", "startsAt", "2026-12-01T01:00:00Z",
                        "endsAt", "2026-12-01T04:00:00Z", "version", 0))
                .put("/api/absences/" + range).then().statusCode(200).body("endsAt", equalTo("2026-12-01T04:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "kind", "UNAVAILABLE", "startsAt", "2026-12-01T01:00:00Z",
                        "endsAt", "2026-12-01T04:00:00Z", "version", 0))
                .put("/api/absences/" + range).then().statusCode(409);
        given().queryParam("agentId", agent).get("/api/absences").then().statusCode(200).body("id", hasItem(range));
        given().delete("/api/absences/" + range).then().statusCode(204);
        given().get("/api/absences/" + range).then().statusCode(404);

        // flex offers only from flex-pool agents, once per day
        given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "date", "2026-12-01"))
                .post("/api/flex-offers").then().statusCode(400).body("errors.field", hasItem("agentId"));
        given().contentType(ContentType.JSON).body(Map.of("agentId", flexAgent, "date", flexDay.toString()))
                .post("/api/flex-offers").then().statusCode(409);
        given().queryParam("agentId", flexAgent).get("/api/flex-offers").then().statusCode(200).body("date", hasItem(flexDay.toString()));

        // wishes
        given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "dayOfWeek", "SUNDAY", "shiftTemplateCode", "NOPE", "kind", "UNDESIRED"))
                .post("/api/agent-preferences").then().statusCode(400).body("errors.field", hasItem("shiftTemplateCode"));
        int wish = given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "dayOfWeek", "SUNDAY", "kind", "UNDESIRED", "weight", 2))
                .post("/api/agent-preferences").then().statusCode(201).body("weight", equalTo(2)).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "shiftTemplateCode", "DAY", "kind", "DESIRED", "version", 0))
                .put("/api/agent-preferences/" + wish).then().statusCode(200).body("shiftTemplateCode", equalTo("DAY")).body("weight", equalTo(1));
        given().queryParam("agentId", agent).get("/api/agent-preferences").then().body("", hasSize(1));
        given().delete("/api/agent-preferences/" + wish).then().statusCode(204);

        // weights: one per site or client and constraint, never on a hard rule
        given().get("/api/roster-weights/constraints").then().statusCode(200).body("", hasSize(22))
                .body("find { it.name == 'Understaffing' }.level", equalTo("MEDIUM"));
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "constraintName", "Fair spread of night shifts", "weight", 1))
                .post("/api/roster-weights").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("constraintName", "Overstaffing", "weight", 1))
                .post("/api/roster-weights").then().statusCode(400).body("errors.field", hasItem("siteId"));
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "constraintName", "No such rule", "weight", 1))
                .post("/api/roster-weights").then().statusCode(400).body("errors.field", hasItem("constraintName"));
        given().queryParam("siteId", site).get("/api/roster-weights").then().body("constraintName", hasItem("Fair spread of night shifts"));
    }

    private int rosterDays() {
        return (int) agents.values().stream().filter(a -> !"LEFT".equals(a.get("status"))).count() * 7;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(9)
    void requestsRacingToSolveOneRosterQueueOneJob() throws Exception {
        int raced = createRoster("raced");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return given().contentType(ContentType.JSON).body(Map.of("stepLimit", 200))
                            .post("/api/rosters/" + raced + "/solve").then().extract().statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var c : calls) {
                statuses.add(c.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 202).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> jobs = given().get("/api/rosters/" + raced + "/jobs").then().extract().jsonPath().getList("");
        assertEquals(1, jobs.size());
        JsonPath done = awaitJob((Integer) jobs.get(0).get("id"), Duration.ofSeconds(60));
        assertEquals("DONE", done.getString("status"));
        assertEquals(1, done.getInt("attempts"));
    }
}
