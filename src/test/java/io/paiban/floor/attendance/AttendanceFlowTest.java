package io.paiban.floor.attendance;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published roster of a site at the end of March 2026 run through the attendance job as the scheduler would
 * run it (the bean invoked directly): late arrival under a site policy, an away period over the limit, a no-show
 * later excused by sick leave, a night shift crossing midnight into April, a forgotten clock-out corrected
 * later; the monthly report per team, CSV export, idempotent re-runs and the assessment ranking.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttendanceFlowTest {

    static final LocalDate MAR_30 = LocalDate.of(2026, 3, 30);
    static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);
    /** The job's run on April 1st at 06:30 Beijing time: March 31 is due, March is complete. */
    static final Instant APRIL_1_MORNING = OffsetDateTime.parse("2026-04-01T06:30:00+08:00").toInstant();

    @Inject
    PublishedRosterFixture roster;

    @Inject
    AttendanceJob job;

    int site;
    String siteCode;
    int late;
    int night;
    int noShow;
    int forgetful;

    /** Once, before the first test (rest-assured knows the test port only around test methods). */
    @BeforeEach
    void publishTheRoster() throws Exception {
        if (site != 0) {
            return;
        }
        site = Fixtures.site();
        siteCode = given().get("/api/sites/" + site).then().extract().path("code");
        late = AttendanceEventsTest.agent(site, Fixtures.unique("KF"), "Team A");
        noShow = AttendanceEventsTest.agent(site, Fixtures.unique("KF"), "Team A");
        forgetful = AttendanceEventsTest.agent(site, Fixtures.unique("KF"), "Team A");
        night = AttendanceEventsTest.agent(site, Fixtures.unique("KF"), "Team B");
        long day = roster.templateId("DAY");
        long nightShift = roster.templateId("NIGHT");
        long rosterId = roster.publishedRoster(site, LocalDate.of(2026, 3, 30), 1);
        roster.publish(rosterId, late, MAR_30, day);
        roster.publish(rosterId, late, MAR_31, day);
        roster.publish(rosterId, noShow, MAR_31, day);
        roster.publish(rosterId, forgetful, MAR_30, day);
        roster.publish(rosterId, night, MAR_30, null);
        roster.publish(rosterId, night, MAR_31, nightShift);

        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "majorLateFine", 25)).post("/api/attendance/policies")
                .then().statusCode(201);
        post(late, "CLOCK_IN", "2026-03-30T08:41:30+08:00");
        post(late, "CLOCK_OUT", "2026-03-30T17:30:00+08:00");
        post(late, "CLOCK_IN", "2026-03-31T08:30:00+08:00");
        post(late, "AWAY_START", "2026-03-31T10:00:00+08:00");
        post(late, "AWAY_END", "2026-03-31T10:31:00+08:00");
        post(late, "CLOCK_OUT", "2026-03-31T17:30:00+08:00");
        post(forgetful, "CLOCK_IN", "2026-03-30T08:30:00+08:00");
        post(night, "CLOCK_IN", "2026-03-31T17:25:00+08:00");
        post(night, "CLOCK_OUT", "2026-04-01T01:35:00+08:00");
    }

    static void post(int agent, String kind, String at) {
        given().contentType(ContentType.JSON).body(AttendanceEventsTest.event(agent, kind, at, kind + "-" + at.replace("+", "_")))
                .post("/api/attendance/events").then().statusCode(201);
    }

    JsonPath evaluation(int agent, LocalDate date) {
        List<Map<String, Object>> rows = given().queryParam("agentId", agent).queryParam("from", date.toString()).queryParam("to", date.toString())
                .get("/api/attendance/evaluations").then().statusCode(200).extract().path("$");
        assertEquals(1, rows.size(), "one evaluation of agent " + agent + " on " + date);
        return given().queryParam("agentId", agent).queryParam("from", date.toString()).queryParam("to", date.toString())
                .get("/api/attendance/evaluations").then().extract().jsonPath().setRootPath("[0]");
    }

    JsonPath member(int agent) {
        JsonPath report = given().queryParam("siteId", site).queryParam("month", "2026-03")
                .get("/api/attendance/reports/monthly").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> members = report.getList("teams.members.flatten()");
        int index = members.stream().map(m -> ((Number) m.get("agentId")).intValue()).toList().indexOf(agent);
        assertTrue(index >= 0, "agent " + agent + " in the report");
        return report.setRootPath("teams.members.flatten()[" + index + "]");
    }

    @Test
    @Order(1)
    void beforeSixTheDayBeforeYesterdayIsDueAndMarchIsNotReported() {
        AttendanceJob.JobRun run = job.runAt(OffsetDateTime.parse("2026-04-01T05:00:00+08:00").toInstant());
        assertTrue(run.daysEvaluated().contains(siteCode + " 2026-03-30"), run.toString());
        assertTrue(run.monthsReported().stream().noneMatch(m -> m.equals(siteCode + " 2026-03")), run.toString());
        given().queryParam("siteId", site).queryParam("from", MAR_31.toString()).queryParam("to", MAR_31.toString()).get("/api/attendance/evaluations")
                .then().body("$", hasSize(0));
        given().queryParam("siteId", site).queryParam("month", "2026-03").get("/api/attendance/reports/monthly").then().statusCode(404);
    }

    @Test
    @Order(2)
    void theJobEvaluatesYesterdayAndReportsMarchOnTheFirst() {
        AttendanceJob.JobRun run = job.runAt(APRIL_1_MORNING);
        assertTrue(run.daysEvaluated().contains(siteCode + " 2026-03-31"), run.toString());
        assertTrue(run.monthsReported().contains(siteCode + " 2026-03"), run.toString());

        JsonPath lateDay = evaluation(late, MAR_30);
        assertEquals("LATE", lateDay.getString("outcome"));
        assertEquals(11, lateDay.getInt("lateMinutes"));
        assertEquals("MAJOR", lateDay.getString("lateTier"));
        assertEquals(25.0f, lateDay.getFloat("fine"), "the site policy's major fine");

        JsonPath away = evaluation(late, MAR_31);
        assertEquals("ABSENCE", away.getString("outcome"));
        assertEquals(1, away.getInt("awayOverLimit"));

        assertEquals("NO_SHOW", evaluation(noShow, MAR_31).getString("outcome"));

        JsonPath forgot = evaluation(forgetful, MAR_30);
        assertEquals("ON_TIME", forgot.getString("outcome"));
        assertTrue(forgot.getBoolean("missingClockOut"));

        JsonPath nightShift = evaluation(night, MAR_31);
        assertEquals("ON_TIME", nightShift.getString("outcome"));
        assertEquals(35, nightShift.getInt("overtimeMinutes"));
        assertEquals("2026-03-31T09:30:00Z", nightShift.getString("shiftStart"));
        assertEquals("2026-03-31T17:00:00Z", nightShift.getString("shiftEnd"));
        assertEquals(7 * 3600, nightShift.getInt("adherentSeconds"));

        JsonPath lateMonth = member(late);
        assertEquals("Team A", lateMonth.getString("team"));
        assertEquals(2, lateMonth.getInt("shifts"));
        assertEquals(1, lateMonth.getInt("lateCount"));
        assertEquals(1, lateMonth.getInt("absences"));
        assertEquals(false, lateMonth.getBoolean("bonusKept"));
        assertEquals(0f, lateMonth.getFloat("bonusPayable"));
        JsonPath nightMonth = member(night);
        assertEquals("Team B", nightMonth.getString("team"));
        assertEquals(1, nightMonth.getInt("shifts"), "the night shift of March 31 belongs to March");
        assertEquals(true, nightMonth.getBoolean("bonusKept"));
        assertEquals(200f, nightMonth.getFloat("bonusPayable"));
        assertEquals(1.0f, nightMonth.getFloat("adherence"));
        assertEquals(1, member(noShow).getInt("noShows"));

        given().queryParam("siteId", site).queryParam("month", "2026-03").get("/api/attendance/reports/monthly").then()
                .body("teams.team", equalTo(List.of("Team A", "Team B")))
                .body("teams[0].agents", equalTo(3)).body("teams[0].absences", equalTo(2))
                .body("teams[0].bonusesLost", equalTo(2));
    }

    @Test
    @Order(3)
    void runningAgainRepeatsNothingAndReEvaluatingGivesTheSameRows() {
        String before = given().queryParam("siteId", site).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/attendance/evaluations").then().extract().asString();
        AttendanceJob.JobRun again = job.runAt(APRIL_1_MORNING.plusSeconds(3600));
        assertTrue(again.daysEvaluated().stream().noneMatch(d -> d.startsWith(siteCode + " ")), again.toString());
        assertTrue(again.monthsReported().stream().noneMatch(d -> d.startsWith(siteCode + " ")), again.toString());
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "from", "2026-03-30", "to", "2026-03-31"))
                .post("/api/attendance/evaluations/run").then().statusCode(200)
                .body("shiftsEvaluated", equalTo(5)).body("changed", equalTo(0)).body("reportsRefreshed", hasSize(0));
        String after = given().queryParam("siteId", site).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/attendance/evaluations").then().extract().asString();
        assertEquals(before.replaceAll("\"evaluatedAt\":\"[^\"]+\"", ""), after.replaceAll("\"evaluatedAt\":\"[^\"]+\"", ""));
    }

    @Test
    @Order(4)
    void sickLeaveApprovedAfterTheFactExcusesTheNoShow() {
        given().contentType(ContentType.JSON)
                .body(Map.of("agentId", noShow, "kind", "SICK", "firstDate", "2026-03-31", "approved", true))
                .post("/api/absences").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "from", "2026-03-31"))
                .post("/api/attendance/evaluations/run").then().statusCode(200)
                .body("changed", equalTo(1)).body("reportsRefreshed", equalTo(List.of("2026-03")));
        assertEquals("EXCUSED", evaluation(noShow, MAR_31).getString("outcome"));
        JsonPath month = member(noShow);
        assertEquals(0, month.getInt("absences"));
        assertEquals(true, month.getBoolean("bonusKept"));
    }

    @Test
    @Order(5)
    void aLateClockOutCorrectsTheDayAndTheReport() {
        post(forgetful, "CLOCK_OUT", "2026-03-30T17:00:00+08:00");
        JsonPath corrected = evaluation(forgetful, MAR_30);
        assertEquals("EARLY_LEAVE", corrected.getString("outcome"));
        assertEquals(30, corrected.getInt("earlyMinutes"));
        assertEquals("MAJOR", corrected.getString("earlyTier"));
        assertEquals(false, corrected.getBoolean("missingClockOut"));
        assertEquals(1, member(forgetful).getInt("earlyCount"));
    }

    @Test
    @Order(6)
    void reportsExportAsCsv() {
        String csv = given().queryParam("siteId", site).queryParam("month", "2026-03")
                .get("/api/attendance/reports/monthly/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\n");
        assertTrue(lines[0].startsWith("month,site_id,team,agent_id,employee_no"), lines[0]);
        assertEquals(5, lines.length, csv);
        assertTrue(csv.contains("2026-03," + site + ",\"Team B\"," + night + ","), csv);
        String evaluations = given().queryParam("siteId", site).queryParam("from", "2026-03-30").queryParam("to", "2026-03-31")
                .get("/api/attendance/evaluations/export.csv").then().statusCode(200).extract().asString();
        assertEquals(6, evaluations.split("\n").length, evaluations);
    }

    @Test
    @Order(7)
    void theAssessmentRanksTheMonth() {
        performance(night, 1000, 240_000, 95, false);
        performance(late, 1200, 300_000, 90, true);
        performance(noShow, 800, 200_000, 85, false);
        given().contentType(ContentType.JSON).body(Map.of("agentId", night, "month", "2026-03", "contactsHandled", 1, "handleSeconds", 60))
                .post("/api/attendance/performance").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "month", "2026-03"))
                .post("/api/attendance/assessments").then().statusCode(200)
                .body("ranking", hasSize(4))
                // the most contacts put the late agent first, but a major error rules out best employee
                .body("ranking[0].agentId", equalTo(late)).body("ranking[0].award", nullValue())
                .body("ranking[1].agentId", equalTo(night)).body("ranking[1].award", equalTo("BEST_1"))
                .body("bestEmployees.agentId", not(hasItem(late)))
                .body("ranking.find { it.agentId == " + late + " }.majorError", equalTo(true))
                .body("mostImproved", nullValue());
        String csv = given().queryParam("siteId", site).queryParam("month", "2026-03").get("/api/attendance/assessments/export.csv")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("month,site_id,rank,previous_rank,agent_id"), csv);
        assertEquals(5, csv.split("\n").length, csv);
    }

    @Test
    @Order(8)
    void agentsReadTheirOwnRecordAndSupervisorsOnlyTheirSites() {
        io.paiban.support.TestUsers.TestUser agent = io.paiban.support.TestUsers.agent(late);
        agent.given().queryParam("from", MAR_30.toString()).queryParam("to", MAR_31.toString()).get("/api/me/attendance/evaluations")
                .then().statusCode(200).body("agentId", everyItem(equalTo(late))).body("size()", equalTo(2));
        agent.given().get("/api/me/attendance/months/2026-03").then().statusCode(200).body("agentId", equalTo(late));
        agent.given().queryParam("from", "2026-03-30T00:00:00Z").queryParam("to", "2026-04-01T00:00:00Z")
                .get("/api/me/attendance/events").then().statusCode(200).body("agentId", everyItem(equalTo(late)));
        // the staff endpoints, even for the agent's own id, are closed to agents
        agent.given().queryParam("agentId", noShow).get("/api/attendance/evaluations").then().statusCode(403);
        agent.given().get("/api/attendance/reports/monthly/agents/" + late + "?month=2026-03").then().statusCode(403);

        int otherSite = Fixtures.site();
        io.paiban.support.TestUsers.TestUser elsewhere = io.paiban.support.TestUsers.supervisor(List.of((long) otherSite), List.of());
        elsewhere.given().queryParam("agentId", late).queryParam("from", MAR_30.toString()).queryParam("to", MAR_31.toString())
                .get("/api/attendance/evaluations").then().statusCode(404);
        io.paiban.support.TestUsers.TestUser here = io.paiban.support.TestUsers.supervisor(List.of((long) site), List.of());
        here.given().queryParam("agentId", late).queryParam("from", MAR_30.toString()).queryParam("to", MAR_31.toString())
                .get("/api/attendance/evaluations").then().statusCode(200).body("size()", equalTo(2));
    }

    void performance(int agent, int contacts, long handleSeconds, double qa, boolean majorError) {
        given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "month", "2026-03", "contactsHandled", contacts,
                        "handleSeconds", handleSeconds, "qaScore", qa, "majorError", majorError))
                .post("/api/attendance/performance").then().statusCode(201);
    }
}
