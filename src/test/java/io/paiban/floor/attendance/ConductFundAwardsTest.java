package io.paiban.floor.attendance;

import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Conduct violations recorded by a supervisor reach the monthly report and the team fund; mentor awards are paid. */
@QuarkusTest
class ConductFundAwardsTest {

    private static int agent(int site, int queue, String team) {
        Map<String, Object> body = new HashMap<>();
        body.put("employeeNo", Fixtures.unique("E"));
        body.put("fullName", "Conduct test");
        body.put("siteId", site);
        body.put("employmentType", "IN_HOUSE");
        body.put("status", "ACTIVE");
        body.put("contractHoursPerWeek", 48);
        body.put("nightEligible", true);
        body.put("hourlyCost", 30);
        body.put("teamName", team);
        body.put("certifications", List.of(Map.of("queueId", queue, "certifiedOn", "2026-01-05")));
        return given().contentType(ContentType.JSON).body(body).post("/api/agents").then().statusCode(201).extract().path("id");
    }

    private static JsonPath violation(int agent, String kind, String date, Object loss) {
        Map<String, Object> body = new HashMap<>(Map.of("agentId", agent, "kind", kind, "occurredOn", date));
        if (loss != null) {
            body.put("lossAmount", loss);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/attendance/conduct-violations").then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void violationsEscalateReachTheMonthlyReportAndFillTheTeamFund() {
        int site = Fixtures.site();
        int queue = Fixtures.queue(Fixtures.client("TMALL"), site, "PHONE", "PRE_SALE");
        String team = Fixtures.unique("Team");
        int a = agent(site, queue, team);
        io.paiban.support.TestUsers.TestUser agentUser = TestUsers.agent(a);
        assertEquals(100f, violation(a, "REFUSED_CALL", "2026-10-02", null).getFloat("fine"));
        assertEquals(300f, violation(a, "REFUSED_CALL", "2026-10-09", null).getFloat("fine"));
        JsonPath third = violation(a, "REFUSED_CALL", "2026-10-20", null);
        assertEquals(3, third.getInt("tier"));
        assertEquals(true, third.getBoolean("dismissal"));
        assertEquals(100f, violation(a, "PRIVATE_PHONE_CALL", "2026-10-21", null).getFloat("fine"));
        JsonPath fraud = violation(a, "FRAUD", "2026-10-22", 260);
        assertEquals(500f, fraud.getFloat("fine"));
        assertEquals(260f, fraud.getFloat("damages"));
        // fraud without a loss is refused, naming the field
        given().contentType(ContentType.JSON).body(Map.of("agentId", a, "kind", "FRAUD", "occurredOn", "2026-10-23"))
                .post("/api/attendance/conduct-violations").then().statusCode(400).body("errors[0].field", equalTo("lossAmount"));
        // an agent cannot record one
        agentUser.given().contentType(ContentType.JSON).body(Map.of("agentId", a, "kind", "FRAUD", "occurredOn", "2026-10-23"))
                .post("/api/attendance/conduct-violations").then().statusCode(403);

        JsonPath month = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "month", "2026-10"))
                .post("/api/attendance/reports/monthly").then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = month.getMap("teams[0].members[0]");
        assertEquals(5, row.get("conductViolations"));
        assertEquals(1000f, ((Number) row.get("conductFines")).floatValue(), "100 + 300 + 0 (dismissal) + 100 + 500");
        assertEquals(true, row.get("dismissalFlag"));
        assertTrue(row.get("flagReasons").toString().contains("fraud"), row.toString());

        JsonPath fund = given().queryParam("siteId", site).queryParam("team", team).get("/api/attendance/team-fund").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1000f, fund.getFloat("finesIn"));
        JsonPath after = given().contentType(ContentType.JSON)
                .body(Map.of("siteId", site, "teamName", team, "date", "2026-11-05", "amount", -180, "description", "team dinner"))
                .post("/api/attendance/team-fund").then().statusCode(200).extract().jsonPath();
        assertEquals(820f, after.getFloat("balance"));
        assertEquals(180f, after.getFloat("spent"));
        assertEquals("SPENDING", after.getString("lines[-1].kind"));
        // the team sees its fund
        assertEquals(820f, agentUser.given().get("/api/attendance/my-team-fund").then().statusCode(200).extract().jsonPath()
                .getFloat("balance"));
    }

    @Test
    void mentorsOfTheFastestTraineesArePaid150_100_50() {
        int site = Fixtures.site();
        int queue = Fixtures.queue(Fixtures.client("JD"), site, "CHAT", "AFTER_SALE");
        int[] mentors = {agent(site, queue, "M"), agent(site, queue, "M"), agent(site, queue, "M"), agent(site, queue, "M")};
        int[] days = {28, 12, 20, 45};
        for (int i = 0; i < 4; i++) {
            int trainee = agent(site, queue, "T");
            given().contentType(ContentType.JSON).body(Map.of("traineeId", trainee, "mentorId", mentors[i], "startedOn", "2026-09-01",
                            "reachedTargetOn", java.time.LocalDate.of(2026, 9, 1).plusDays(days[i]).toString()))
                    .post("/api/attendance/mentorships").then().statusCode(200);
        }
        // reached target in September (12, 20 and 28 days) and October (45): September pays mentors 2, 3, 1
        JsonPath sept = given().queryParam("siteId", site).queryParam("month", "2026-09").get("/api/attendance/awards").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("MENTOR_1", "MENTOR_2", "MENTOR_3"), sept.getList("payouts.award"));
        assertEquals(List.of(mentors[1], mentors[2], mentors[0]), sept.getList("payouts.agentId"));
        assertEquals(List.of(150f, 100f, 50f), sept.getList("payouts.amount"));
        assertEquals(300f, sept.getFloat("total"));
    }
}
