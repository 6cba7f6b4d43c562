package io.paiban.console;

import io.paiban.support.DatabaseCleaner;
import io.paiban.support.TestUsers;
import io.paiban.support.TestUsers.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static io.paiban.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The web console in a real browser: Debian's headless Chromium driven by Selenium WebDriver through
 * chromedriver (installed by .ci/ensure-chromium before the tests; a missing browser fails, never skips).
 * One small demo center, solved with a short step limit.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    DatabaseCleaner cleaner;

    @TestHTTPResource("/")
    URL base;

    ChromeDriver driver;
    boolean ready;
    int site;
    int client;
    int roster;
    TestUser supervisor;
    TestUser clientViewer;

    @BeforeEach
    void startBrowserAndDemo() throws Exception {
        if (ready) {
            return;
        }
        ready = true;
        assertTrue(new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute(),
                "Debian's chromium and chromium-driver are required (run .ci/ensure-chromium)");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));

        cleaner.deleteMasterData();
        given().queryParam("agents", 20).queryParam("queues", 2).queryParam("weeks", 6).queryParam("historyEnd", MONDAY.toString())
                .post("/api/demo").then().statusCode(201);
        site = given().get("/api/sites").then().extract().path("[0].id");
        client = given().get("/api/clients").then().extract().path("[0].id");
        int forecast = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 1))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        int staffing = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecast))
                .post("/api/staffing-runs").then().statusCode(201).extract().path("id");
        roster = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffing, "weeks", 1))
                .post("/api/rosters").then().statusCode(201).extract().path("id");
        supervisor = TestUsers.supervisor(List.of((long) site), List.of((long) client));
        clientViewer = TestUsers.clientViewer(client);
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        cleaner.deleteMasterData();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    void signIn(String username, String password) {
        driver.manage().logs().get(LogType.BROWSER); // reading drains what earlier steps logged
        driver.manage().deleteAllCookies();
        driver.get(url("/console/sign-in"));
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        waitUpTo(10).until(d -> !d.getCurrentUrl().contains("/sign-in") && !d.getCurrentUrl().contains("j_security_check"));
    }

    /** Opens a page and fails on any JavaScript console error or failed request it logs. */
    void open(String path) {
        driver.get(url(path));
        waitUpTo(10).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    List<String> browserErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    void assertNoBrowserErrors(String page) {
        List<String> errors = browserErrors();
        assertTrue(errors.isEmpty(), page + ": browser errors " + errors);
    }

    void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    // ---- flows -----------------------------------------------------------------------------------

    @Test
    @Order(1)
    void aSupervisorSolvesTheWeekWatchesItFinishSeesCoverageAndPublishes() throws Exception {
        signIn(supervisor.username(), TestUsers.PASSWORD);
        open("/console/rosters");
        driver.findElement(By.cssSelector("a.open-roster[href='/console/rosters/" + roster + "']")).click();
        WebElement steps = waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("step-limit")));
        steps.sendKeys("400");
        driver.findElement(By.id("solve")).click();
        // the page comes back with the job and follows its event stream to the end
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("job-status")));
        waitUpTo(120).until(d -> List.of("DONE", "STOPPED", "FAILED").contains(d.findElement(By.id("job-status")).getText()));
        assertEquals("DONE", text("job-status"));
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("job-done")));
        assertEquals("1", String.valueOf(((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('job-progress').value")));
        screenshot("roster-solved");
        driver.findElement(By.id("reload")).click();

        // coverage chart drawn by ECharts with required and rostered series
        WebElement chart = waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-chart canvas")));
        assertTrue(chart.isDisplayed());
        Object series = ((JavascriptExecutor) driver).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('coverage-chart')).getOption().series.length");
        assertEquals(2L, series);
        assertFalse(driver.findElements(By.cssSelector("#roster-grid tbody tr")).isEmpty());
        assertNoBrowserErrors("roster");

        // publish after the confirmation
        driver.findElement(By.id("publish-open")).click();
        waitUpTo(5).until(ExpectedConditions.elementToBeClickable(By.id("publish-confirm"))).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        assertEquals("PUBLISHED", text("roster-status"));
        assertEquals(1, (int) given().get("/api/rosters/" + roster).then().statusCode(200).extract().path("publicationNo"));
        screenshot("roster");
        assertNoBrowserErrors("roster after publish");
    }

    @Test
    @Order(2)
    void anAgentSeesTheSameShiftsAsTheApi() throws Exception {
        List<Map<String, Object>> assignments = given().get("/api/rosters/" + roster + "/assignments").then().statusCode(200)
                .extract().jsonPath().getList("");
        int agentId = assignments.stream().filter(a -> (Boolean) a.get("working")).map(a -> (Integer) a.get("agentId"))
                .findFirst().orElseThrow();
        TestUser agent = TestUsers.agent(agentId);
        List<Map<String, Object>> api = agent.given().queryParam("from", MONDAY.toString()).queryParam("to", MONDAY.plusDays(6).toString())
                .get("/api/me/shifts").then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(7, api.size());

        signIn(agent.username(), TestUsers.PASSWORD);
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/console/me?week=" + MONDAY);
            List<String> shown = driver.findElements(By.cssSelector("#shift-list li")).stream()
                    .map(li -> li.getAttribute("data-date") + " " + li.getAttribute("data-working") + " "
                            + li.getAttribute("data-code") + " " + li.getAttribute("data-time"))
                    .toList();
            List<String> expected = api.stream().map(s -> s.get("date") + " " + s.get("working") + " "
                    + (Boolean.TRUE.equals(s.get("working")) ? s.get("shiftTemplateCode") + " "
                    + hm(s.get("start")) + "-" + hm(s.get("end")) : " ")).toList();
            assertEquals(expected.stream().map(String::trim).toList(), shown.stream().map(String::trim).toList());
            assertTrue(api.stream().anyMatch(s -> Boolean.TRUE.equals(s.get("working"))));
            screenshot("agent-week");
            assertNoBrowserErrors("agent week");

            // a leave request through the form
            ((JavascriptExecutor) driver).executeScript("document.getElementById('leave-first').value = arguments[0];"
                    + "document.getElementById('leave-last').value = arguments[0];", LocalDate.now().plusDays(20).toString());
            driver.findElement(By.id("leave-reason")).sendKeys("family");
            driver.findElement(By.id("leave-submit")).click();
            waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("my-requests")));
            assertEquals(1, agent.given().get("/api/me/leave-requests").then().statusCode(200).extract().jsonPath().getList("").size());
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    static String hm(Object localDateTime) {
        String s = String.valueOf(localDateTime);
        return s.substring(11, 16);
    }

    @Test
    @Order(3)
    void aClientViewerOnARosterUrlGetsTheRefusalAndNoData() throws Exception {
        List<String> employeeNos = given().get("/api/rosters/" + roster + "/assignments").then().statusCode(200)
                .extract().jsonPath().getList("employeeNo");
        signIn(clientViewer.username(), TestUsers.PASSWORD);
        open("/console/rosters/" + roster);
        assertFalse(driver.findElements(By.id("refused")).isEmpty(), "refusal page expected");
        assertTrue(driver.findElements(By.id("roster-grid")).isEmpty());
        String html = driver.getPageSource();
        for (String no : employeeNos.stream().distinct().toList()) {
            assertFalse(html.contains(no), "the refusal page shows " + no);
        }
        screenshot("refused");
        // the same with the session cookie over plain HTTP: 403, and the list page too
        String session = driver.manage().getCookieNamed("paiban-session").getValue();
        RestAssured.given().cookie("paiban-session", session).redirects().follow(false)
                .get("/console/rosters/" + roster).then().statusCode(403);
        RestAssured.given().cookie("paiban-session", session).redirects().follow(false)
                .get("/console/rosters").then().statusCode(403);
    }

    @Test
    @Order(4)
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        signIn(supervisor.username(), TestUsers.PASSWORD);
        open("/console/rosters/" + roster);
        long version = given().get("/api/rosters/" + roster).then().extract().jsonPath().getLong("version");
        // the browser posts the publish form without its hidden token
        ((JavascriptExecutor) driver).executeScript(
                "var f = document.getElementById('publish-form'); f.querySelector('input[name=\"csrf-token\"]').remove(); f.submit();");
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("csrf-refused")));
        assertTrue(driver.findElements(By.id("flash")).isEmpty());
        assertEquals(1, (int) given().get("/api/rosters/" + roster).then().extract().path("publicationNo"));
        assertEquals(version, given().get("/api/rosters/" + roster).then().extract().jsonPath().getLong("version"));
        // the same over HTTP with a valid session: 400 without the token, 303 with it
        String session = driver.manage().getCookieNamed("paiban-session").getValue();
        RestAssured.given().cookie("paiban-session", session).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("version", version).post("/console/rosters/" + roster + "/publish").then().statusCode(400);
        driver.manage().deleteCookieNamed("paiban-lang");
    }

    @Test
    @Order(5)
    void switchingToEnglishChangesTheLabels() throws Exception {
        signIn(supervisor.username(), TestUsers.PASSWORD);
        open("/console/rosters/" + roster);
        assertEquals("排班表", driver.findElement(By.cssSelector("header nav a")).getText());
        String solveTitle = driver.findElement(By.cssSelector("#solve-panel h2")).getText();
        driver.findElement(By.id("lang-switch")).click();
        waitUpTo(10).until(d -> "Rosters".equals(d.findElement(By.cssSelector("header nav a")).getText()));
        assertEquals("Solve", driver.findElement(By.cssSelector("#solve-panel h2")).getText());
        assertNotEquals(solveTitle, "Solve");
        assertTrue(driver.getCurrentUrl().endsWith("/console/rosters/" + roster), driver.getCurrentUrl());
        screenshot("roster-en");
        driver.findElement(By.id("lang-switch")).click();
        waitUpTo(10).until(d -> "排班表".equals(d.findElement(By.cssSelector("header nav a")).getText()));
    }

    @Test
    @Order(6)
    void everyPageOpensWithoutBrowserErrors() throws Exception {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().deleteAllCookies();
        open("/");
        assertTrue(driver.getCurrentUrl().contains("/console/sign-in"), driver.getCurrentUrl());
        screenshot("sign-in");
        assertNoBrowserErrors("sign-in");

        signIn(supervisor.username(), TestUsers.PASSWORD);
        for (String[] page : new String[][]{{"/console/rosters", "rosters"}, {"/console/service-level", "service-level-supervisor"}, {"/console/rosters/" + roster, "roster-page"},
                {"/console/rosters/" + roster + "?queue=&team=&page=1", "roster-filtered"}}) {
            open(page[0]);
            assertTrue(driver.findElements(By.id("refused")).isEmpty(), page[0]);
            assertEquals(true, ((JavascriptExecutor) driver).executeScript("return typeof htmx === 'object' && typeof echarts === 'object'"));
            screenshot(page[1]);
            assertNoBrowserErrors(page[0]);
        }
        // the agent's leave request (test 2) waits here; approving it goes through the same service as the API
        open("/console/requests");
        screenshot("requests");
        assertNoBrowserErrors("/console/requests");
        assertEquals(1, driver.findElements(By.cssSelector("button.approve")).size(), "the agent's leave request waits");
        driver.findElement(By.cssSelector("button.approve")).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        assertEquals(0, given().queryParam("state", "PENDING").get("/api/leave-requests").then().statusCode(200)
                .extract().jsonPath().getList("").size());
        open("/console/rosters/" + roster);
        // htmx swaps the grid when the filter changes
        driver.findElement(By.id("filter-apply")).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("roster-grid")));
        assertNoBrowserErrors("grid filter");

        // the day view draws its Gantt, and a grid cell opens the agent-day with its hand-edit form
        String firstDay = given().get("/api/rosters/" + roster).then().extract().path("firstDate");
        open("/console/roster-days/" + roster + "/day?date=" + firstDay);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gantt-chart canvas")));
        assertFalse(driver.findElements(By.cssSelector("#day-table a.agent-day")).isEmpty(), "agents working that day");
        screenshot("roster-day");
        assertNoBrowserErrors("day view");
        open("/console/rosters/" + roster);
        driver.findElement(By.cssSelector("#roster-grid a.cell-link")).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("edit-form")));
        driver.findElement(By.id("edit-check")).click();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("#check-ok, #broken-rules, #check-error")).isEmpty());
        // the htmx fragment speaks the page's language (Chinese by default)
        assertFalse(driver.findElement(By.id("check-result")).getText().contains("can be saved"),
                driver.findElement(By.id("check-result")).getText());
        screenshot("roster-agent-day");
        assertNoBrowserErrors("agent-day");

        signIn(clientViewer.username(), TestUsers.PASSWORD);
        open("/console");
        assertTrue(driver.getCurrentUrl().endsWith("/console/service-level"), driver.getCurrentUrl());
        assertFalse(driver.findElements(By.id("compliance")).isEmpty());
        screenshot("service-level");
        assertNoBrowserErrors("service level");
    }

    // ---- planning pages (forecast, staffing, capacity) ------------------------------------------------

    @Test
    @Order(7)
    void planningPagesOpenWithoutBrowserErrors() throws Exception {
        int plan = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "weeks", 6)).post("/api/capacity-plans")
                .then().statusCode(201).extract().path("id");
        TestUser planner = TestUsers.planner();

        // the supervisor: staffing (run summary and what-if, no per-interval chart: the API refuses those to supervisors)
        // and capacity of their site; the forecast page refuses them as GET /api/forecast-runs does
        signIn(supervisor.username(), TestUsers.PASSWORD);
        open("/console/staffing?calc=1&contacts=120&ahtSeconds=240&serviceLevel=80&answerWithin=20&shrinkage=30");
        assertTrue(driver.findElements(By.id("refused")).isEmpty(), "staffing");
        assertFalse(text("wi-required").isBlank());
        screenshot("staffing-supervisor");
        assertNoBrowserErrors("/console/staffing");
        open("/console/capacity?planId=" + plan);
        assertTrue(driver.findElements(By.id("refused")).isEmpty(), "capacity");
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#capacity-chart canvas")));
        assertEquals(3L, ((JavascriptExecutor) driver).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('capacity-chart')).getOption().series.length"));
        assertFalse(driver.findElements(By.cssSelector("#cap-weeks tbody tr")).isEmpty());
        screenshot("capacity");
        assertNoBrowserErrors("/console/capacity");
        open("/console/forecast");
        assertFalse(driver.findElements(By.id("refused")).isEmpty(), "the forecast page is for planners, as /api/forecast-runs");
        assertTrue(driver.findElements(By.id("forecast-chart")).isEmpty());
        // the refusal itself is the only thing the browser logs: the page's 403
        List<String> refusedErrors = browserErrors();
        assertTrue(refusedErrors.stream().allMatch(e -> e.contains("/console/forecast") && e.contains("403")), refusedErrors.toString());

        // the planner: forecast with its chart (promotions and holidays marked) and the staffing chart
        signIn(planner.username(), TestUsers.PASSWORD);
        open("/console/forecast");
        assertTrue(driver.findElements(By.id("refused")).isEmpty(), "forecast");
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#forecast-chart canvas")));
        assertEquals(5L, ((JavascriptExecutor) driver).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('forecast-chart')).getOption().series.length"));
        assertFalse(text("fc-model").isBlank());
        screenshot("forecast");
        assertNoBrowserErrors("/console/forecast");
        open("/console/staffing");
        assertTrue(driver.findElements(By.id("refused")).isEmpty(), "staffing");
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#staffing-chart canvas")));
        screenshot("staffing");
        assertNoBrowserErrors("/console/staffing (planner)");
        open("/console/capacity");
        assertTrue(driver.findElements(By.id("refused")).isEmpty(), "capacity");
        assertFalse(driver.findElements(By.id("cap-form")).isEmpty(), "planners compute plans");
        assertNoBrowserErrors("/console/capacity (planner)");
    }

    // ---- floor pages (issue 21b) -------------------------------------------------------------------

    @Test
    @Order(8)
    void floorPagesOpenWithoutBrowserErrors() throws Exception {
        // an intraday run inside the demo week (the forecast of the fixture covers it)
        java.time.Instant at = MONDAY.plusDays(1).atTime(15, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        given().queryParam("at", at.toString()).post("/api/intraday/sites/" + site + "/run").then().statusCode(200);
        signIn(supervisor.username(), TestUsers.PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/console/today"), "the supervisor lands on today: " + driver.getCurrentUrl());
        for (String[] page : new String[][]{{"/console/today?at=" + at, "today"}, {"/console/intraday", "intraday"},
                {"/console/attendance?month=" + MONDAY.toString().substring(0, 7), "attendance"}}) {
            open(page[0]);
            assertTrue(driver.findElements(By.id("refused")).isEmpty(), page[0]);
            assertTrue(driver.findElements(By.id("no-site")).isEmpty(), page[0]);
            screenshot(page[1]);
            assertNoBrowserErrors(page[0]);
        }
        open("/console/intraday");
        assertFalse(driver.findElements(By.id("intraday-run")).isEmpty(), "the run is shown");
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".intraday-chart canvas")).isEmpty());
        // the month's report is generated and ranked through the page's forms (CSRF token and all)
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "from", MONDAY.toString(), "to", MONDAY.plusDays(1).toString()))
                .post("/api/attendance/evaluations/run").then().statusCode(200);
        open("/console/attendance?month=" + MONDAY.toString().substring(0, 7));
        driver.findElement(By.id("generate")).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        driver.findElement(By.id("rank")).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("assessment-ranking")));
        assertNoBrowserErrors("attendance generate and rank");
        given().queryParam("siteId", site).queryParam("month", MONDAY.toString().substring(0, 7)).get("/api/attendance/reports/monthly")
                .then().statusCode(200);
        assertFalse(driver.findElements(By.cssSelector("#attendance-agents tr[data-agent-id]")).isEmpty());
        screenshot("attendance-generated");
    }
}
