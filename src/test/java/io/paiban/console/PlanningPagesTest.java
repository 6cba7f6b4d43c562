package io.paiban.console;

import io.paiban.support.DatabaseCleaner;
import io.paiban.support.TestUsers;
import io.paiban.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.paiban.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planning pages of the console over real HTTP with a form sign-in session: forecast, staffing and capacity.
 * Each page shows what the matching REST endpoint returns for that account, refuses roles the REST API refuses, and a
 * bad form value is answered with the field named and changes nothing.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningPagesTest {

    /** History ends the day before; the one-week horizon holds Double 11 (2026-11-11). */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    DatabaseCleaner cleaner;

    boolean ready;
    int site;
    int client;
    int queue;
    int forecast;
    int otherForecast;
    int staffing;
    TestUser planner;
    TestUser supervisor;
    TestUser otherSupervisor;
    TestUser clientViewer;

    @BeforeEach
    void demo() throws Exception {
        if (ready) {
            return;
        }
        ready = true;
        cleaner.deleteMasterData();
        given().queryParam("agents", 20).queryParam("queues", 2).queryParam("weeks", 8).queryParam("historyEnd", MONDAY.toString())
                .post("/api/demo").then().statusCode(201);
        site = given().get("/api/sites").then().extract().path("[0].id");
        client = given().get("/api/clients").then().extract().path("[0].id");
        otherForecast = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 1, "forceModel", "SeasonalNaive"))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        forecast = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 1))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        queue = given().get("/api/forecast-runs/" + forecast).then().extract().path("queues[0].queueId");
        staffing = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecast))
                .post("/api/staffing-runs").then().statusCode(201).extract().path("id");
        planner = TestUsers.planner();
        supervisor = TestUsers.supervisor(List.of((long) site), List.of((long) client));
        otherSupervisor = TestUsers.supervisor(List.of(), List.of());
        clientViewer = TestUsers.clientViewer(client);
    }

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    // ---- a browser-like session: form sign-in, session cookie, CSRF cookie and field ----------------------

    record Session(String cookie) {
        RequestSpecification given() {
            return RestAssured.given().redirects().follow(false).cookie("paiban-session", cookie);
        }
    }

    static Session signIn(TestUser user) {
        Response r = RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user.username()).formParam("j_password", TestUsers.PASSWORD).post("/j_security_check");
        String cookie = r.getCookie("paiban-session");
        assertNotNull(cookie, "signed in: " + r.statusLine());
        return new Session(cookie);
    }

    /** Opens the page and posts the form with the page's CSRF cookie and hidden field, as the browser does. */
    static Response post(Session s, String page, String action, Map<String, ?> form) {
        Response opened = s.given().get(page);
        assertEquals(200, opened.statusCode(), page);
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(opened.asString());
        assertTrue(m.find(), "the page has a CSRF field");
        String cookie = opened.getCookie(ConsoleCsrf.COOKIE);
        return s.given().cookie(ConsoleCsrf.COOKIE, cookie == null ? m.group(1) : cookie).contentType(ContentType.URLENC)
                .formParams(form).formParam(ConsoleCsrf.FIELD, m.group(1)).post(action);
    }

    /** Follows a redirect as the browser does (its Location is already URL-encoded). */
    static String follow(Session s, Response redirect) {
        return s.given().urlEncodingEnabled(false).get(redirect.getHeader("Location")).then().statusCode(200).extract().asString();
    }

    static String query(Response redirect, String key) {
        String location = redirect.getHeader("Location");
        assertNotNull(location, "a redirect");
        Matcher m = Pattern.compile("[?&]" + key + "=([^&]*)").matcher(location);
        return m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
    }

    static String chartJson(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*data-chart=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), id + " on the page");
        return m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    // ---- forecast ---------------------------------------------------------------------------------------

    @Test
    void forecastShowsModelBacktestEventsAndComparisonForAPlanner() {
        Session s = signIn(planner);
        String html = s.given().get("/console/forecast?runId=" + forecast + "&queueId=" + queue).then().statusCode(200)
                .extract().asString();
        JsonPath run = given().get("/api/forecast-runs/" + forecast).then().statusCode(200).extract().jsonPath();
        String model = run.getString("queues.find { it.queueId == " + queue + " }.model");
        double wape = run.getDouble("queues.find { it.queueId == " + queue + " }.backtestWape");
        assertTrue(html.contains("id=\"fc-model\">" + model + "<"), "chosen model " + model);
        assertTrue(html.contains(String.format("id=\"fc-wape\">%.1f%%<", wape * 100)), "backtest WAPE");
        // the chart holds the run's adjusted values and the history before it, on site-local labels
        JsonPath chart = JsonPath.from(chartJson(html, "forecast-chart"));
        List<Map<String, Object>> values = given().queryParam("queueId", queue).get("/api/forecast-runs/" + forecast + "/values")
                .then().statusCode(200).extract().jsonPath().getList("");
        List<Float> forecastSeries = chart.getList("forecast", Float.class);
        assertEquals(values.size(), forecastSeries.stream().filter(v -> v != null).count());
        String firstLabel = Instant.parse((String) values.get(0).get("intervalStart")).atZone(SHANGHAI).toLocalDateTime().toString().replace('T', ' ');
        assertTrue(chart.getList("labels").contains(firstLabel), "site-local label " + firstLabel);
        assertTrue(chart.getList("history").stream().anyMatch(v -> v != null), "history before the horizon");
        // Double 11 lies in the horizon: marked on the chart and listed
        List<Map<String, Object>> events = chart.getList("events");
        assertTrue(events.stream().anyMatch(e -> Boolean.TRUE.equals(e.get("promotion")) && String.valueOf(e.get("from")).startsWith("2026-11-11")),
                "Double 11 marked: " + events);
        assertTrue(html.contains("id=\"fc-events\""));
        // comparison with the other run: per-queue totals as GET /api/forecast-runs/compare
        JsonPath compare = given().queryParam("base", forecast).queryParam("other", otherForecast).get("/api/forecast-runs/compare")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(html.contains("id=\"fc-compare-totals\""));
        assertTrue(html.contains(String.format("<td>%.0f</td>", compare.getDouble("queueTotals[0].otherVolume"))), "other run's total");
        // in English
        String english = s.given().cookie(ConsoleContext.LANG_COOKIE, "en").get("/console/forecast?runId=" + forecast).then().statusCode(200)
                .extract().asString();
        assertTrue(english.contains("Model and backtest") && !english.contains("模型与回测"));
        assertTrue(html.contains("模型与回测"));
    }

    @Test
    void forecastIsRefusedWhereTheApiRefusesIt() {
        // forecasts are for administrators and planners (GET /api/forecast-runs answers 403 to supervisors)
        supervisor.given().get("/api/forecast-runs").then().statusCode(403);
        for (TestUser user : List.of(supervisor, clientViewer)) {
            String html = signIn(user).given().get("/console/forecast?runId=" + forecast).then().statusCode(403).extract().asString();
            assertTrue(html.contains("id=\"refused\""));
            assertFalse(html.contains("forecast-chart"));
        }
        assertFalse(signIn(supervisor).given().get("/console/rosters").asString().contains("/console/forecast"), "no nav entry");
    }

    @Test
    void anAdjustmentThroughTheFormChangesTheRunAndABadValueChangesNothing() {
        Session s = signIn(planner);
        String page = "/console/forecast?runId=" + forecast + "&queueId=" + queue;
        String action = "/console/forecast/" + forecast + "/adjustments";
        int before = given().get("/api/forecast-runs/" + forecast + "/adjustments").then().extract().jsonPath().getList("").size();

        // bad values: named, nothing stored
        Response bad = post(s, page, action, Map.of("queueId", queue, "from", "2026-11-10T08:00", "to", "2026-11-10T12:00",
                "kind", "PERCENT", "amount", "lots"));
        assertEquals(303, bad.statusCode());
        assertTrue(query(bad, "error").startsWith("amount:"), query(bad, "error"));
        Response backwards = post(s, page, action, Map.of("queueId", queue, "from", "2026-11-10T12:00", "to", "2026-11-10T08:00",
                "kind", "PERCENT", "amount", "10"));
        assertTrue(query(backwards, "error").startsWith("to:"), query(backwards, "error"));
        Response outside = post(s, page, action, Map.of("queueId", queue, "from", "2027-01-10T12:00", "to", "2027-01-11T08:00",
                "kind", "ABSOLUTE", "amount", "10"));
        assertTrue(query(outside, "error").startsWith("from:"), query(outside, "error"));
        String shown = follow(s, bad);
        assertTrue(shown.contains("id=\"error\"") && shown.contains("amount:"), "the error is shown on the page");
        assertEquals(before, given().get("/api/forecast-runs/" + forecast + "/adjustments").then().extract().jsonPath().getList("").size());
        // without the CSRF field: 400, nothing stored
        s.given().contentType(ContentType.URLENC).formParam("queueId", queue).formParam("from", "2026-11-10T08:00")
                .formParam("to", "2026-11-10T12:00").formParam("kind", "PERCENT").formParam("amount", "10").post(action)
                .then().statusCode(400);

        // a good one: +50% from 08:00 to 12:00 site-local on 2026-11-10, through the same service as the API
        Instant from = LocalDate.of(2026, 11, 10).atTime(8, 0).atZone(SHANGHAI).toInstant();
        Instant to = LocalDate.of(2026, 11, 10).atTime(12, 0).atZone(SHANGHAI).toInstant();
        double volumeBefore = adjustedVolume(from, to);
        Response ok = post(s, page, action, Map.of("queueId", queue, "from", "2026-11-10T08:00", "to", "2026-11-10T12:00",
                "kind", "PERCENT", "amount", "50", "reason", "campaign mail"));
        assertEquals(303, ok.statusCode());
        assertEquals("adjusted", query(ok, "flash"));
        List<Map<String, Object>> after = given().get("/api/forecast-runs/" + forecast + "/adjustments").then().extract().jsonPath().getList("");
        assertEquals(before + 1, after.size());
        Map<String, Object> stored = after.get(after.size() - 1);
        assertEquals(from.toString(), Instant.parse((String) stored.get("from")).toString());
        assertEquals(to.toString(), Instant.parse((String) stored.get("to")).toString());
        assertEquals(planner.username(), stored.get("createdBy"));
        assertTrue(volumeBefore > 0);
        assertEquals(volumeBefore * 1.5, adjustedVolume(from, to), volumeBefore * 1e-5, "+50% over the range");
        String listed = follow(s, ok);
        assertTrue(listed.contains("campaign mail") && listed.contains("2026-11-10 08:00"), "listed in site-local time");
    }

    private double adjustedVolume(Instant from, Instant to) {
        List<Float> values = given().queryParam("queueId", queue).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/forecast-runs/" + forecast + "/values").then().statusCode(200).extract().jsonPath().getList("adjustedVolume", Float.class);
        return values.stream().mapToDouble(Float::doubleValue).sum();
    }

    // ---- staffing --------------------------------------------------------------------------------------

    @Test
    void staffingShowsTheRequirementPerIntervalToAPlannerAndTheSummaryToASupervisor() {
        LocalDate day = MONDAY.plusDays(2);
        String html = signIn(planner).given().get("/console/staffing?runId=" + staffing + "&queueId=" + queue + "&date=" + day)
                .then().statusCode(200).extract().asString();
        JsonPath chart = JsonPath.from(chartJson(html, "staffing-chart"));
        List<Integer> raw = given().queryParam("queueId", queue).queryParam("from", day.atStartOfDay(SHANGHAI).toInstant().toString())
                .queryParam("to", day.plusDays(1).atStartOfDay(SHANGHAI).toInstant().toString())
                .get("/api/staffing-runs/" + staffing + "/intervals").then().statusCode(200).extract().jsonPath().getList("rawAgents", Integer.class);
        assertFalse(raw.isEmpty());
        assertEquals(raw, chart.getList("raw", Integer.class));
        assertEquals("00:00", chart.getList("labels").get(0), "site-local day");

        // a supervisor reads run headers but not the intervals (the API refuses them): summary, no chart
        supervisor.given().get("/api/staffing-runs/" + staffing + "/intervals").then().statusCode(403);
        String sup = signIn(supervisor).given().get("/console/staffing?runId=" + staffing).then().statusCode(200).extract().asString();
        assertFalse(sup.contains("id=\"staffing-chart\""));
        assertTrue(sup.contains("id=\"st-intervals-refused\""));
        String code = given().get("/api/staffing-runs/" + staffing).then().extract().path("queues[0].queueCode");
        assertTrue(sup.contains("<td>" + code + "</td>"));

        String refused = signIn(clientViewer).given().get("/console/staffing").then().statusCode(403).extract().asString();
        assertTrue(refused.contains("id=\"refused\"") && !refused.contains(code));
    }

    @Test
    void theWhatIfFormAnswersAsTheApiAndNamesABadField() {
        Session s = signIn(supervisor);
        int required = given().contentType(ContentType.JSON).body(Map.of("contacts", 120, "intervalMinutes", 30, "ahtSeconds", 240,
                        "assumptions", Map.of("serviceLevel", 0.8, "answerWithinSeconds", 20, "shrinkage", 0.3), "agents", 15))
                .post("/api/staffing/what-if").then().statusCode(200).extract().path("requiredAgents");
        String html = s.given().get("/console/staffing?calc=1&contacts=120&intervalMinutes=30&ahtSeconds=240&serviceLevel=80"
                + "&answerWithin=20&shrinkage=30&agents=15").then().statusCode(200).extract().asString();
        assertTrue(html.contains("id=\"wi-required\">" + required + "<"), "required agents " + required);
        assertTrue(html.contains("id=\"wi-given\""));

        String bad = s.given().get("/console/staffing?calc=1&contacts=many&ahtSeconds=240&serviceLevel=80&answerWithin=20")
                .then().statusCode(400).extract().asString();
        assertTrue(bad.contains("id=\"wi-error\"") && bad.contains("contacts:"), "names the field");
        String outOfRange = s.given().get("/console/staffing?calc=1&contacts=100&ahtSeconds=240&serviceLevel=120&answerWithin=20")
                .then().statusCode(400).extract().asString();
        assertTrue(outOfRange.contains("serviceLevel:"), "names the field");
        assertFalse(outOfRange.contains("id=\"wi-result\""));
    }

    // ---- capacity --------------------------------------------------------------------------------------

    @Test
    void aCapacityPlanFromTheFormShowsWeeksAndHiringToTheSitesSupervisor() {
        Session s = signIn(planner);
        int before = given().get("/api/capacity-plans").then().extract().jsonPath().getList("").size();
        Response bad = post(s, "/console/capacity", "/console/capacity", Map.of("siteId", site, "weeks", "99"));
        assertEquals(303, bad.statusCode());
        assertTrue(query(bad, "error").startsWith("weeks:"), query(bad, "error"));
        Response badNumber = post(s, "/console/capacity", "/console/capacity", Map.of("siteId", site, "weeks", "8", "volumeFactor", "x"));
        assertTrue(query(badNumber, "error").startsWith("volumeFactor:"), query(badNumber, "error"));
        assertEquals(before, given().get("/api/capacity-plans").then().extract().jsonPath().getList("").size());

        Response ok = post(s, "/console/capacity", "/console/capacity", Map.of("siteId", site, "weeks", "8", "trainingLeadWeeks", "2",
                "label", "console plan"));
        assertEquals(303, ok.statusCode());
        String planId = query(ok, "planId");
        JsonPath plan = given().get("/api/capacity-plans/" + planId).then().statusCode(200).extract().jsonPath();
        assertEquals("console plan", plan.getString("label"));
        assertEquals(2, plan.getInt("result.assumptions.trainingLeadWeeks"));

        // the site's supervisor sees the weeks and the hiring starts, and no form
        String html = signIn(supervisor).given().get("/console/capacity?planId=" + planId).then().statusCode(200).extract().asString();
        JsonPath chart = JsonPath.from(chartJson(html, "capacity-chart"));
        assertEquals(plan.getList("result.weeks.weekStart"), chart.getList("labels"));
        assertEquals(8, chart.getList("required").size());
        assertTrue(chart.getList("promotions", String.class).stream().anyMatch(p -> p.contains("Double 11")), "promotion week marked");
        List<Map<String, Object>> hiring = plan.getList("result.hiring");
        assertFalse(hiring.isEmpty());
        for (Map<String, Object> h : hiring) {
            assertTrue(html.contains("<td>" + h.get("latestHireStart")), "hiring start " + h);
        }
        assertFalse(html.contains("id=\"cap-form\""));
        // a supervisor of other sites: refused, as GET /api/capacity-plans/{id} answers 404
        otherSupervisor.given().get("/api/capacity-plans/" + planId).then().statusCode(404);
        String other = signIn(otherSupervisor).given().get("/console/capacity?planId=" + planId).then().statusCode(403).extract().asString();
        assertFalse(other.contains("capacity-chart"));
        assertTrue(signIn(otherSupervisor).given().get("/console/capacity").then().statusCode(200).extract().asString().contains("no-capacity"));
        // a supervisor may not compute plans (POST /api/capacity-plans is 403), nor a client viewer see any
        post(signIn(supervisor), "/console/staffing", "/console/capacity", Map.of("siteId", site, "weeks", "8")).then().statusCode(403);
        signIn(clientViewer).given().get("/console/capacity").then().statusCode(403);
        assertEquals(before + 1, given().get("/api/capacity-plans").then().extract().jsonPath().getList("").size());
    }

    @Test
    void everyPlanningPostTakesTheCsrfToken() {
        List<String> missing = new ArrayList<>();
        int posts = 0;
        for (Class<?> page : List.of(ForecastPages.class, StaffingPages.class, CapacityPages.class)) {
            for (Method method : page.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class)) {
                    posts++;
                    if (Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                            .noneMatch(a -> a instanceof FormParam f && f.value().equals(ConsoleCsrf.FIELD))) {
                        missing.add(page.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertEquals(2, posts);
        assertTrue(missing.isEmpty(), "POST without the CSRF field: " + missing);
    }
}
