package io.paiban.console;

import io.paiban.support.ConsoleSession;
import io.paiban.support.DatabaseCleaner;
import io.paiban.support.TestUsers;
import io.paiban.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.paiban.support.Api.given;
import static io.paiban.support.SolveJobs.awaitJob;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The roster day view (Gantt) and the hand edit of one agent-day over real HTTP with a form session: the check shows
 * the broken hard rules without saving, a refused save changes nothing, an allowed one is saved like the REST edit.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterDayPagesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Inject
    DatabaseCleaner cleaner;

    int roster;
    TestUser supervisor;
    TestUser planner;
    List<Map<String, Object>> assignments;

    @BeforeEach
    void solvedDemoWeek() throws Exception {
        if (roster != 0) {
            return;
        }
        cleaner.deleteMasterData();
        given().queryParam("agents", 20).queryParam("queues", 2).queryParam("weeks", 6).queryParam("historyEnd", MONDAY.toString())
                .post("/api/demo").then().statusCode(201);
        int site = given().get("/api/sites").then().extract().path("[0].id");
        int client = given().get("/api/clients").then().extract().path("[0].id");
        int forecast = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 1))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        int staffing = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecast))
                .post("/api/staffing-runs").then().statusCode(201).extract().path("id");
        roster = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffing, "weeks", 1))
                .post("/api/rosters").then().statusCode(201).extract().path("id");
        int job = given().contentType(ContentType.JSON).body(Map.of("stepLimit", 1_500, "timeLimitSeconds", 60))
                .post("/api/rosters/" + roster + "/solve").then().statusCode(202).extract().path("id");
        awaitJob(job);
        assignments = given().get("/api/rosters/" + roster + "/assignments").then().statusCode(200).extract().jsonPath().getList("");
        supervisor = TestUsers.supervisor(List.of((long) site), List.of((long) client));
        planner = TestUsers.planner();
    }

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    @Test
    void theDayViewDrawsEveryWorkingAgentOfTheDayAsAGanttRow() {
        ConsoleSession session = ConsoleSession.signIn(supervisor);
        LocalDate day = MONDAY.plusDays(2);
        long working = assignments.stream().filter(a -> (Boolean) a.get("working") && day.toString().equals(a.get("date"))).count();
        assertTrue(working > 0);
        // the week grid still answers next to the day pages (they share the /console/rosters root)
        session.get("/console/rosters/" + roster).then().statusCode(200).body(containsString("class=\"day-link\""));
        Response page = session.get("/console/roster-days/" + roster + "/day?date=" + day);
        page.then().statusCode(200).body(containsString("id=\"gantt-chart\""));
        String html = page.asString();
        // one table row per working agent of the day (fewer than a page of 40), and the chart data has the same rows
        assertEquals(working, Pattern.compile("class=\"agent-day\"").matcher(html).results().count());
        assertTrue(html.contains("&quot;lastMinute&quot;"), "chart data embedded");
        // a day outside the roster falls back to its first day
        session.get("/console/roster-days/" + roster + "/day?date=2031-01-01").then().statusCode(200)
                .body(containsString("value=\"" + MONDAY + "\" selected"));
    }

    @Test
    void aBrokenRuleIsShownBeforeSavingAndARefusedSaveChangesNothing() {
        ConsoleSession session = ConsoleSession.signIn(supervisor);
        Map<String, Object> night = assignments.stream().filter(a -> "NIGHT".equals(a.get("shiftTemplateCode"))
                && LocalDate.parse((String) a.get("date")).isBefore(MONDAY.plusDays(6))).findFirst().orElseThrow();
        LocalDate next = LocalDate.parse((String) night.get("date")).plusDays(1);
        String path = "/console/roster-days/" + roster + "/agents/" + night.get("agentId") + "/days/" + next;
        Response page = session.get(path);
        page.then().statusCode(200).body(containsString("id=\"edit-form\""));
        String token = ConsoleSession.csrf(page.asString());
        long version = rosterVersion();

        // DAY the morning after NIGHT: the check names the rest rule and saves nothing
        session.post(path + "/check", token, Map.of("shift", "DAY", "queueId", night.get("queueId"))).then().statusCode(200)
                .body(containsString("Minimum rest between shifts")).body(containsString("class=\"broken-rule\""));
        assertEquals(version, rosterVersion());
        // saving it anyway is refused with the rule inline, and the roster is unchanged
        session.post(path, token, Map.of("shift", "DAY", "queueId", night.get("queueId"), "version", version)).then().statusCode(422)
                .body(containsString("Minimum rest between shifts")).body(containsString("id=\"broken-rules\""));
        assertEquals(version, rosterVersion());
        // a shift without a queue is a clear error naming the field
        session.post(path + "/check", token, Map.of("shift", "DAY")).then().statusCode(200).body(containsString("queueId"));
        // without the CSRF field nothing is checked or saved
        session.post(path, "", Map.of("shift", "", "version", version)).then().statusCode(400);
        assertEquals(version, rosterVersion());
    }

    @Test
    void anAllowedEditIsSavedLikeTheRestEditAndAPlannerOnlyReads() {
        Map<String, Object> working = assignments.stream().filter(a -> (Boolean) a.get("working")
                && !"NIGHT".equals(a.get("shiftTemplateCode"))).reduce((a, b) -> b).orElseThrow();
        String path = "/console/roster-days/" + roster + "/agents/" + working.get("agentId") + "/days/" + working.get("date");

        ConsoleSession reader = ConsoleSession.signIn(planner);
        reader.get(path).then().statusCode(200).body(not(containsString("id=\"edit-form\"")));

        ConsoleSession session = ConsoleSession.signIn(supervisor);
        String token = ConsoleSession.csrf(session.get(path).asString());
        session.post(path + "/check", token, Map.of("shift", "")).then().statusCode(200).body(containsString("id=\"check-ok\""));
        long version = rosterVersion();
        session.post(path, token, Map.of("shift", "", "version", version, "note", "coaching day")).then().statusCode(303);
        given().get("/api/rosters/" + roster + "/assignments?agentId=" + working.get("agentId") + "&from=" + working.get("date")
                + "&to=" + working.get("date")).then().statusCode(200)
                .body("[0].working", org.hamcrest.Matchers.equalTo(false)).body("[0].source", org.hamcrest.Matchers.equalTo("MANUAL"));
        // the same version again is stale: 409, shown on the page
        session.post(path, token, Map.of("shift", "", "version", version)).then().statusCode(409);
    }

    private long rosterVersion() {
        return given().get("/api/rosters/" + roster).then().statusCode(200).extract().jsonPath().getLong("version");
    }
}
