package io.paiban.console;

import io.paiban.support.DatabaseCleaner;
import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.paiban.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.paiban.support.Api.given;
import static io.paiban.support.SolveJobs.awaitJob;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The floor pages (today, intraday, attendance) over real HTTP with a console session: what they show is what the
 * REST API shows the same account, other roles get the refusal page, bad form values change nothing, and accepting
 * an action changes what GET /api/intraday/actions/{id} answers.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FloorPagesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 9, 14);
    static final LocalDate DAY = MONDAY.plusDays(1);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant AT = DAY.atTime(LocalTime.of(15, 0)).atZone(ZONE).toInstant();

    @Inject
    DatabaseCleaner cleaner;

    int site;
    int client;
    int forecast;
    TestUser supervisor;
    List<Map<String, Object>> assignments;

    @BeforeEach
    void publishedDayWithActuals() throws Exception {
        if (supervisor != null) {
            return;
        }
        cleaner.deleteMasterData();
        given().queryParam("agents", 14).queryParam("queues", 2).queryParam("weeks", 6).queryParam("historyEnd", MONDAY.toString())
                .post("/api/demo").then().log().ifValidationFails().statusCode(201);
        site = given().get("/api/sites").then().extract().path("[0].id");
        client = given().get("/api/clients").then().extract().path("[0].id");
        forecast = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 1))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        int staffing = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecast))
                .post("/api/staffing-runs").then().statusCode(201).extract().path("id");
        int roster = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffing, "weeks", 1))
                .post("/api/rosters").then().statusCode(201).extract().path("id");
        int job = given().contentType(ContentType.JSON).body(Map.of("stepLimit", 400, "timeLimitSeconds", 30))
                .post("/api/rosters/" + roster + "/solve").then().statusCode(202).extract().path("id");
        awaitJob(job);
        long version = given().get("/api/rosters/" + roster).then().extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON).body(Map.of("version", version)).post("/api/rosters/" + roster + "/publish")
                .then().log().ifValidationFails().statusCode(200);
        assignments = given().get("/api/rosters/" + roster + "/assignments").then().statusCode(200).extract().jsonPath().getList("");
        // two flex-pool agents offer the day, so that a short queue has someone to call in
        List<Integer> queues = given().get("/api/queues").then().extract().jsonPath().getList("id");
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("employeeNo", Fixtures.unique("FX"));
            body.put("fullName", "Flex " + i);
            body.put("siteId", site);
            body.put("employmentType", "FLEX_POOL");
            body.put("status", "ACTIVE");
            body.put("contractHoursPerWeek", 32);
            body.put("nightEligible", true);
            body.put("hourlyCost", 36);
            body.put("certifications", queues.stream().map(q -> Map.of("queueId", q, "certifiedOn", "2026-01-05")).toList());
            int agent = given().contentType(ContentType.JSON).body(body).post("/api/agents").then().statusCode(201).extract().path("id");
            given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "date", DAY.toString())).post("/api/flex-offers")
                    .then().statusCode(201);
        }
        importActuals(1.4);
        // the day's early starters clock in, except one (an adherence alert)
        boolean skipped = false;
        for (Map<String, Object> a : assignments) {
            if (DAY.toString().equals(a.get("date")) && (Boolean) a.get("working") && Instant.parse((String) a.get("startsAt")).isBefore(AT)) {
                if (!skipped) {
                    skipped = true;
                    continue;
                }
                int agent = (Integer) a.get("agentId");
                given().contentType(ContentType.JSON).body(Map.of("agentId", agent, "kind", "CLOCK_IN",
                                "occurredAt", Instant.parse((String) a.get("startsAt")).minusSeconds(120).toString(), "idempotencyKey", "in-" + agent))
                        .post("/api/attendance/events").then().log().ifValidationFails().statusCode(201);
            }
        }
        given().queryParam("at", AT.toString()).post("/api/intraday/sites/" + site + "/run").then().log().ifValidationFails().statusCode(200);
        supervisor = TestUsers.supervisor(List.of((long) site), List.of((long) client));
    }

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    /** Actuals of the day until 15:00: the forecast times {@code factor} on every queue. */
    void importActuals(double factor) {
        List<Map<String, Object>> values = given().queryParam("from", DAY.atStartOfDay(ZONE).toInstant().toString()).queryParam("to", AT.toString())
                .get("/api/forecast-runs/" + forecast + "/values").then().statusCode(200).extract().jsonPath().getList("");
        Map<Integer, String> codes = new HashMap<>();
        given().get("/api/queues").then().extract().jsonPath().<Map<String, Object>>getList("")
                .forEach(q -> codes.put((Integer) q.get("id"), (String) q.get("code")));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> v : values) {
            int offered = (int) Math.round(((Number) v.get("adjustedVolume")).doubleValue() * factor);
            Map<String, Object> row = new HashMap<>();
            row.put("queue", codes.get((Integer) v.get("queueId")));
            row.put("interval_start", v.get("intervalStart"));
            row.put("offered", offered);
            row.put("answered", offered);
            row.put("answered_within", (int) (offered * 0.6));
            row.put("abandoned", 0);
            row.put("aht_seconds", ((Number) v.get("ahtSeconds")).doubleValue());
            rows.add(row);
        }
        given().contentType(ContentType.JSON).body(Map.of("intervalMinutes", 30, "rows", rows)).post("/api/actuals/queue-intervals")
                .then().log().ifValidationFails().statusCode(200);
    }

    // ---- a console session over plain HTTP ------------------------------------------------------

    record Session(String cookie, String csrfCookie, String csrfToken) {
        io.restassured.specification.RequestSpecification given() {
            io.restassured.specification.RequestSpecification spec = RestAssured.given().redirects().follow(false).cookie("paiban-session", cookie);
            return csrfCookie == null ? spec : spec.cookie(ConsoleCsrf.COOKIE, csrfCookie);
        }

        /** Reads a page with a form and keeps its CSRF cookie and token. */
        /** Follows a redirect's Location as it is (already encoded). */
        String follow(String location) {
            return given().urlEncodingEnabled(false).get(location).then().statusCode(200).extract().asString();
        }

        Session withCsrf(String page) {
            Response r = given().get(page);
            assertEquals(200, r.statusCode(), r.asString());
            Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(r.asString());
            assertTrue(m.find());
            String cookieValue = r.getCookie(ConsoleCsrf.COOKIE) != null ? r.getCookie(ConsoleCsrf.COOKIE) : csrfCookie;
            return new Session(cookie, cookieValue, m.group(1));
        }

        io.restassured.specification.RequestSpecification form() {
            return given().contentType(ContentType.URLENC).formParam(ConsoleCsrf.FIELD, csrfToken);
        }
    }

    static Session signIn(TestUser user) {
        Response r = RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user.username()).formParam("j_password", TestUsers.PASSWORD).post("/j_security_check");
        assertEquals(302, r.statusCode(), r.asString());
        assertNotNull(r.getCookie("paiban-session"));
        return new Session(r.getCookie("paiban-session"), null, null);
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    JsonPath latestRun() {
        int id = given().get("/api/intraday/sites/" + site + "/runs?limit=1").then().statusCode(200).extract().path("[0].id");
        return given().get("/api/intraday/runs/" + id).then().statusCode(200).extract().jsonPath();
    }

    // ---- tests ------------------------------------------------------------------------------------

    @Test
    void todayShowsPerQueueWhatTheApiShows() {
        Session s = signIn(supervisor);
        assertEquals("/console/today", URI(s.given().get("/console").then().statusCode(303).extract().header("Location")));
        String html = s.given().queryParam("at", AT.toString()).get("/console/today").then().statusCode(200).extract().asString();
        JsonPath run = latestRun();
        Map<Integer, Integer> queueClient = new HashMap<>();
        given().get("/api/queues").then().extract().jsonPath().<Map<String, Object>>getList("")
                .forEach(q -> queueClient.put((Integer) q.get("id"), (Integer) q.get("clientId")));
        for (Map<String, Object> q : run.<Map<String, Object>>getList("queues")) {
            int queueId = (Integer) q.get("queueId");
            double actual = 0;
            double planned = 0;
            Integer present = null;
            Integer required = null;
            String lastStart = null;
            for (Map<String, Object> line : run.<Map<String, Object>>getList("intervals")) {
                if ((Integer) line.get("queueId") != queueId) {
                    continue;
                }
                if (line.get("actualVolume") != null) {
                    actual += ((Number) line.get("actualVolume")).doubleValue();
                    planned += ((Number) line.get("forecastVolume")).doubleValue();
                }
                String start = (String) line.get("start");
                if (!Instant.parse(start).isAfter(AT) && (lastStart == null || Instant.parse(start).isAfter(Instant.parse(lastStart)))) {
                    lastStart = start;
                    present = (Integer) line.get("present");
                    required = (Integer) line.get("required");
                }
            }
            String row = row(html, queueId);
            assertTrue(row.contains(String.format(Locale.ROOT, "%.0f / %.0f", actual, planned)), row);
            assertTrue(actual > planned * 1.3, "the day runs 40% over forecast");
            assertNotNull(required);
            assertTrue(row.contains(present + " / " + required), row);
            // the day's service level from the imported actuals (about 60% answered within the threshold), for the
            // supervisor's own client only: another client's queue on the site shows "-", as /api/service-metrics refuses it
            if (queueClient.get(queueId) == client) {
                double sl = supervisor.given().queryParam("queueId", queueId).queryParam("from", DAY.toString()).queryParam("to", DAY.toString())
                        .get("/api/service-metrics").then().statusCode(200).extract().jsonPath().getDouble("periods[0].metrics.service_level");
                assertEquals(0.6, sl, 0.06);
                assertTrue(row.contains(pct(sl) + "</span> / "), row);
            } else {
                supervisor.given().queryParam("queueId", queueId).queryParam("from", DAY.toString()).queryParam("to", DAY.toString())
                        .get("/api/service-metrics").then().statusCode(404);
                assertTrue(row.contains("<td class=\"sl\">-</td>"), row);
            }
        }
        int alerts = given().queryParam("at", AT.toString()).get("/api/intraday/sites/" + site + "/adherence").then().statusCode(200)
                .extract().jsonPath().getList("exceptions").size();
        assertTrue(alerts >= 1, "the agent who did not clock in");
        assertTrue(html.contains("id=\"alerts-total\">" + alerts + "<"), html);
        long waiting = run.<Map<String, Object>>getList("actions").stream().filter(a -> "PROPOSED".equals(a.get("state"))).count();
        assertTrue(html.contains("id=\"actions-total\" href=\"/console/intraday?siteId=" + site + "\">" + waiting + "<"), html);
        assertTrue(html.contains("id=\"leave-total\" href=\"/console/requests\">0<"), html);
        assertFalse(html.contains("暂无数据"), "every figure exists at 15:00");

        // two days later nothing has happened yet: no run, no actuals, explicitly "no data yet"
        String later = s.given().queryParam("at", DAY.plusDays(2).atTime(9, 0).atZone(ZONE).toInstant().toString()).get("/console/today")
                .then().statusCode(200).extract().asString();
        assertTrue(later.contains("id=\"no-run\""), later);
        assertTrue(later.contains("暂无数据"), later);
        // a bad instant is named, not guessed
        String bad = s.given().queryParam("at", "yesterday").get("/console/today").then().statusCode(200).extract().asString();
        assertTrue(bad.contains("id=\"error\"") && bad.contains("is not an instant"), bad);
    }

    private static String URI(String location) {
        return java.net.URI.create(location).getPath();
    }

    private static String row(String html, int queueId) {
        int from = html.indexOf("data-queue-id=\"" + queueId + "\"");
        assertTrue(from > 0, "queue " + queueId + " listed");
        return html.substring(from, html.indexOf("</tr>", from));
    }

    @Test
    void otherRolesGetTheRefusalPage() {
        int agentId = (Integer) assignments.get(0).get("agentId");
        TestUser otherSupervisor = TestUsers.supervisor(List.of(), List.of((long) client));
        for (TestUser user : List.of(TestUsers.agent(agentId), TestUsers.clientViewer(client), TestUsers.planner())) {
            Session s = signIn(user);
            for (String page : List.of("/console/today", "/console/intraday", "/console/attendance")) {
                String html = s.given().get(page).then().statusCode(403).extract().asString();
                assertTrue(html.contains("id=\"refused\""), user.role() + " " + page);
            }
        }
        // a supervisor of no site sees no site's data, and naming one is refused
        Session other = signIn(otherSupervisor);
        assertTrue(other.given().get("/console/intraday").then().statusCode(200).extract().asString().contains("id=\"no-site\""));
        other.given().queryParam("siteId", site).get("/console/intraday").then().statusCode(403);
        other.given().queryParam("siteId", site).get("/console/attendance").then().statusCode(403);
        given().get("/api/intraday/sites/" + site + "/runs").then().statusCode(200);
        otherSupervisor.given().get("/api/intraday/sites/" + site + "/runs").then().statusCode(404);
    }

    @Test
    void acceptingAnActionChangesWhatTheApiShows() {
        Session s = signIn(supervisor).withCsrf("/console/intraday?siteId=" + site);
        String html = s.given().queryParam("siteId", site).get("/console/intraday").then().statusCode(200).extract().asString();
        JsonPath run = latestRun();
        assertTrue(html.contains("data-run-id=\"" + run.getLong("id") + "\""));
        assertTrue(html.contains("class=\"chart intraday-chart\" data-chart=\""), "one chart per queue");
        assertTrue(html.contains(pct(run.getDouble("expectedServiceLevelBefore"))));
        Map<String, Object> action = run.<Map<String, Object>>getList("actions").stream().filter(a -> "PROPOSED".equals(a.get("state")))
                .filter(a -> !"VTO".equals(a.get("kind"))).findFirst().orElseThrow(() -> new AssertionError("an action to accept: " + run.prettify()));
        int id = (Integer) action.get("id");
        assertTrue(html.contains("action=\"/console/intraday/actions/" + id + "/accept\""), html);
        int runs = given().get("/api/intraday/sites/" + site + "/runs").then().extract().jsonPath().getList("").size();

        // without the CSRF token: 400, nothing changes
        s.given().contentType(ContentType.URLENC).formParam("siteId", site).post("/console/intraday/actions/" + id + "/accept").then().statusCode(400);
        // a bad value: named, nothing changes
        String location = s.form().formParam("siteId", site).post("/console/intraday/actions/x" + id + "/accept").then().statusCode(303)
                .extract().header("Location");
        String page = s.follow(location);
        assertTrue(page.contains("id=\"error\"") && page.contains("is not an action id"), page);
        location = s.form().formParam("siteId", "seven").post("/console/intraday/run").then().statusCode(303).extract().header("Location");
        assertTrue(s.follow(location).contains("is not a site id"), location);
        given().get("/api/intraday/actions/" + id).then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("PROPOSED"));
        assertEquals(runs, given().get("/api/intraday/sites/" + site + "/runs").then().extract().jsonPath().getList("").size());

        // accepted through the page: the same state as POST /api/intraday/actions/{id}/accept, and a re-run
        location = s.form().formParam("siteId", site).post("/console/intraday/actions/" + id + "/accept").then().statusCode(303)
                .extract().header("Location");
        assertTrue(location.contains("flash=accepted"), location);
        given().get("/api/intraday/actions/" + id).then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("ACCEPTED"))
                .body("decidedBy", org.hamcrest.Matchers.equalTo(supervisor.username()));
        assertEquals("ACCEPTED", given().get("/api/intraday/sites/" + site + "/runs?limit=1").then().extract().path("[0].trigger"));
        // accepting twice is refused with the service's message
        location = s.form().formParam("siteId", site).post("/console/intraday/actions/" + id + "/accept").then().statusCode(303)
                .extract().header("Location");
        assertTrue(s.follow(location).contains("is already ACCEPTED"));
    }

    @Test
    void attendanceMonthRankingAndCsv() {
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "from", DAY.toString(), "to", DAY.toString()))
                .post("/api/attendance/evaluations/run").then().log().ifValidationFails().statusCode(200);
        String month = DAY.toString().substring(0, 7);
        Session s = signIn(supervisor).withCsrf("/console/attendance?siteId=" + site + "&month=" + month);
        String html = s.given().queryParam("siteId", site).queryParam("month", month).get("/console/attendance").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("id=\"no-report\""), html);

        // a bad month is named and generates nothing
        String location = s.form().formParam("siteId", site).formParam("month", "2026-13").post("/console/attendance/generate")
                .then().statusCode(303).extract().header("Location");
        String page = s.follow(location);
        assertTrue(page.contains("month: ") && page.contains("is not a month as yyyy-MM"), page);
        given().queryParam("siteId", site).queryParam("month", month).get("/api/attendance/reports/monthly").then().statusCode(404);
        String badGet = s.given().queryParam("siteId", site).queryParam("month", "May").get("/console/attendance").then().statusCode(200)
                .extract().asString();
        assertTrue(badGet.contains("id=\"error\"") && !badGet.contains("id=\"attendance-month\""), badGet);

        location = s.form().formParam("siteId", site).formParam("month", month).post("/console/attendance/generate").then().statusCode(303)
                .extract().header("Location");
        assertTrue(location.contains("flash=generated"), location);
        JsonPath report = given().queryParam("siteId", site).queryParam("month", month).get("/api/attendance/reports/monthly").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> members = report.getList("teams.members.flatten()");
        assertFalse(members.isEmpty());
        page = s.given().queryParam("siteId", site).queryParam("month", month).get("/console/attendance").then().statusCode(200)
                .extract().asString();
        for (Map<String, Object> m : members) {
            assertTrue(page.contains("data-agent-id=\"" + m.get("agentId") + "\""), "agent " + m.get("agentId"));
        }
        assertTrue(page.contains("href=\"/api/attendance/reports/monthly/export.csv?siteId=" + site + "&amp;month=" + month + "\""), page);
        // the CSV link is the REST export, readable with the console session
        String csv = s.given().queryParam("siteId", site).queryParam("month", month).get("/api/attendance/reports/monthly/export.csv")
                .then().statusCode(200).extract().asString();
        assertEquals(members.size() + 1, csv.split("\n").length, csv);

        location = s.form().formParam("siteId", site).formParam("month", month).post("/console/attendance/rank").then().statusCode(303)
                .extract().header("Location");
        assertTrue(location.contains("flash=ranked"), s.follow(location));
        List<Object> ranking = given().queryParam("siteId", site).queryParam("month", month).get("/api/attendance/assessments").then()
                .statusCode(200).extract().jsonPath().getList("ranking");
        page = s.given().queryParam("siteId", site).queryParam("month", month).get("/console/attendance").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("id=\"assessment-ranking\""), page);
        String table = page.substring(page.indexOf("id=\"assessment-ranking\""));
        assertEquals(ranking.size(), table.substring(0, table.indexOf("</table>")).split("<tr>").length - 2, "one row per ranked agent");
    }
}
