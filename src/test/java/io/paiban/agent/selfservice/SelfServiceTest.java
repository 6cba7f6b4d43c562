package io.paiban.agent.selfservice;

import io.paiban.support.Api;
import io.paiban.support.DatabaseCleaner;
import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.paiban.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.paiban.support.Api.given;
import static io.paiban.support.SolveJobs.awaitJob;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Agents see their own published week and nothing else; the calendar feed is the same week in
 * RFC 5545; supervisors and client viewers see only what their account grants.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SelfServiceTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Inject
    DatabaseCleaner cleaner;

    int site;
    int roster;
    int otherSite;
    int otherClient;
    int otherQueue;
    int otherAgent;
    long agentId;
    long colleagueId;
    TestUser agent;
    TestUser colleague;
    List<Map<String, Object>> published;

    @BeforeEach
    void publishedDemoWeek() throws Exception {
        if (roster != 0) {
            return;
        }
        cleaner.deleteMasterData();
        given().queryParam("agents", 20).queryParam("queues", 2).queryParam("weeks", 6).queryParam("historyEnd", MONDAY.toString())
                .post("/api/demo").then().statusCode(201);
        site = given().get("/api/sites").then().extract().path("[0].id");
        int forecast = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 1))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        int staffing = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecast))
                .post("/api/staffing-runs").then().statusCode(201).extract().path("id");
        roster = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "staffingRunId", staffing, "weeks", 1))
                .post("/api/rosters").then().statusCode(201).extract().path("id");
        int job = given().contentType(ContentType.JSON).body(Map.of("stepLimit", 1_500, "timeLimitSeconds", 60))
                .post("/api/rosters/" + roster + "/solve").then().statusCode(202).extract().path("id");
        awaitJob(job);
        given().contentType(ContentType.JSON).body(Map.of("version", rosterVersion()))
                .post("/api/rosters/" + roster + "/publish").then().statusCode(200);
        published = given().get("/api/rosters/" + roster + "/assignments").then().statusCode(200).extract().jsonPath().getList("");
        Map<Integer, Long> workingDays = published.stream().filter(a -> (Boolean) a.get("working"))
                .collect(Collectors.groupingBy(a -> (Integer) a.get("agentId"), TreeMap::new, Collectors.counting()));
        List<Integer> workers = workingDays.keySet().stream().toList();
        agentId = workers.get(0);
        colleagueId = workers.get(1);
        agent = TestUsers.agent(agentId);
        colleague = TestUsers.agent(colleagueId);

        otherSite = Fixtures.site();
        otherClient = Fixtures.client("JD");
        otherQueue = Fixtures.queue(otherClient, otherSite, "PHONE", "AFTER_SALE");
        otherAgent = Fixtures.agent(otherSite, List.of(otherQueue));
    }

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    private long rosterVersion() {
        return given().get("/api/rosters/" + roster).then().extract().jsonPath().getLong("version");
    }

    private List<Map<String, Object>> publishedOf(long agent) {
        return published.stream().filter(a -> ((Integer) a.get("agentId")).longValue() == agent).toList();
    }

    @Test
    @Order(1)
    void anAgentSeesExactlyTheirPublishedWeek() {
        JsonPath mine = agent.given().queryParam("from", MONDAY.toString()).queryParam("to", MONDAY.plusDays(6).toString())
                .get("/api/me/shifts").then().statusCode(200).body("", hasSize(7)).extract().jsonPath();
        Map<String, Map<String, Object>> expected = new HashMap<>();
        publishedOf(agentId).forEach(a -> expected.put((String) a.get("date"), a));
        for (Map<String, Object> day : mine.<Map<String, Object>>getList("")) {
            Map<String, Object> roster = expected.get((String) day.get("date"));
            assertNotNull(roster, "a day outside the roster: " + day);
            assertEquals(roster.get("working"), day.get("working"));
            assertEquals("Asia/Shanghai", day.get("zone"));
            if ((Boolean) day.get("working")) {
                assertEquals(roster.get("shiftTemplateCode"), day.get("shiftTemplateCode"));
                assertEquals(roster.get("queueId"), day.get("queueId"));
                assertEquals(roster.get("startsAt"), day.get("startsAt"));
                assertEquals(roster.get("endsAt"), day.get("endsAt"));
                assertEquals(roster.get("start"), day.get("start"));
                assertNotNull(day.get("queueName"));
                // a shift's instant is its local time in Asia/Shanghai
                assertEquals(Instant.parse((String) day.get("startsAt")),
                        java.time.LocalDateTime.parse((String) day.get("start")).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
            }
        }
    }

    @Test
    @Order(2)
    void agentsCannotReachOtherAgentsOrStaffEndpoints() {
        agent.given().get("/api/agents/" + colleagueId).then().statusCode(403).body("status", equalTo(403))
                .body(not(containsString("fullName")));
        agent.given().get("/api/rosters/" + roster + "/assignments").then().statusCode(403);
        agent.given().get("/api/absences?agentId=" + colleagueId).then().statusCode(403);
        agent.given().delete("/api/agents/" + colleagueId + "/calendar-feed").then().statusCode(403);
        // the self-service endpoints take no agent id: the colleague's call returns the colleague's week
        List<String> colleagueDays = colleague.given().queryParam("from", MONDAY.toString()).queryParam("to", MONDAY.plusDays(6).toString())
                .get("/api/me/shifts").then().statusCode(200).extract().jsonPath().getList("startsAt");
        List<Object> expected = publishedOf(colleagueId).stream().map(a -> a.get("startsAt")).toList();
        assertEquals(expected, colleagueDays);
        // staff accounts have no own shifts
        given().get("/api/me/shifts").then().statusCode(403);
        agent.given().get("/api/me").then().statusCode(200).body("role", equalTo("AGENT"))
                .body("agentId", equalTo((int) agentId)).body("siteId", equalTo(site));
        agent.given().queryParam("from", "2026-12-10").queryParam("to", "2026-12-01").get("/api/me/shifts")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    @Order(3)
    void theCalendarFeedParsesAndMatchesThePublishedShifts() throws Exception {
        agent.given().get("/api/me/calendar-feed").then().statusCode(200).body("active", equalTo(false));
        String url = agent.given().post("/api/me/calendar-feed").then().statusCode(201)
                .body("url", containsString("/api/calendar-feeds/")).extract().path("url");
        String path = url.substring(url.indexOf("/api/"));
        String ics = Api.anonymous().get(path).then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<Map<String, Object>> working = publishedOf(agentId).stream().filter(a -> (Boolean) a.get("working")).toList();
        assertEquals(working.size(), events.size(), ics);
        Set<Instant> starts = events.stream().map(e -> instant(e.getDateTimeStart().get().getDate())).collect(Collectors.toSet());
        Set<Instant> ends = events.stream().map(e -> instant(e.getDateTimeEnd().get().getDate())).collect(Collectors.toSet());
        assertEquals(working.stream().map(a -> Instant.parse((String) a.get("startsAt"))).collect(Collectors.toSet()), starts);
        assertEquals(working.stream().map(a -> Instant.parse((String) a.get("endsAt"))).collect(Collectors.toSet()), ends);
        Set<String> uids = events.stream().map(e -> e.getProperty(Property.UID).get().getValue()).collect(Collectors.toSet());
        assertEquals(events.size(), uids.size(), "one stable UID per agent-day");
        assertTrue(events.stream().allMatch(e -> e.getProperties(Property.DTSTAMP).size() == 1), "RFC 5545: exactly one DTSTAMP per VEVENT");
        ValidationResult validation = calendar.validate(true);
        assertFalse(validation.hasErrors(), () -> "strict RFC 5545 validation: " + validation);
        agent.given().get("/api/me/calendar-feed").then().statusCode(200).body("active", equalTo(true));

        // a new URL revokes the old one; revoking stops the new one; an unknown token is the same 404
        String second = agent.given().post("/api/me/calendar-feed").then().statusCode(201).extract().path("url");
        Api.anonymous().get(path).then().statusCode(404);
        String secondPath = second.substring(second.indexOf("/api/"));
        Api.anonymous().get(secondPath).then().statusCode(200);
        agent.given().delete("/api/me/calendar-feed").then().statusCode(204);
        Api.anonymous().get(secondPath).then().statusCode(404).contentType("application/problem+json");

        // a supervisor of another site cannot revoke it; one of this site can
        String third = agent.given().post("/api/me/calendar-feed").then().statusCode(201).extract().path("url");
        String thirdPath = third.substring(third.indexOf("/api/"));
        TestUsers.supervisor(List.of((long) otherSite), List.of()).given().delete("/api/agents/" + agentId + "/calendar-feed")
                .then().statusCode(404);
        Api.anonymous().get(thirdPath).then().statusCode(200);
        TestUsers.supervisor(List.of((long) site), List.of()).given().delete("/api/agents/" + agentId + "/calendar-feed")
                .then().statusCode(204);
        Api.anonymous().get(thirdPath).then().statusCode(404);
    }

    private static Instant instant(Temporal t) {
        return t instanceof Instant i ? i : ZonedDateTime.from(t).toInstant();
    }

    @Test
    @Order(4)
    void aRepublishedChangeReachesTheAgentsShiftsAndFeed() throws Exception {
        Map<String, Object> day = publishedOf(agentId).stream().filter(a -> (Boolean) a.get("working")).findFirst().orElseThrow();
        Map<String, Object> edit = new HashMap<>();
        edit.put("shiftTemplateCode", null);
        edit.put("queueId", null);
        edit.put("version", rosterVersion());
        edit.put("note", "swapped out by hand");
        given().contentType(ContentType.JSON).body(edit).put("/api/rosters/" + roster + "/assignments/" + agentId + "/" + day.get("date"))
                .then().statusCode(200);
        // not yet published: the agent still sees the published shift
        agent.given().queryParam("from", day.get("date")).queryParam("to", day.get("date")).get("/api/me/shifts")
                .then().statusCode(200).body("[0].working", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("version", rosterVersion()))
                .post("/api/rosters/" + roster + "/publish").then().statusCode(200);
        agent.given().queryParam("from", day.get("date")).queryParam("to", day.get("date")).get("/api/me/shifts")
                .then().statusCode(200).body("[0].working", equalTo(false))
                .body("[0].changes.reason", hasItem("MANUAL_EDIT"))
                .body("[0].changes.reason", hasItem("PUBLISH"))
                .body("[0].changes[0].before.shiftTemplateCode", equalTo(day.get("shiftTemplateCode")));
        String url = agent.given().post("/api/me/calendar-feed").then().statusCode(201).extract().path("url");
        String ics = Api.anonymous().get(url.substring(url.indexOf("/api/"))).then().statusCode(200).extract().asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        long working = publishedOf(agentId).stream().filter(a -> (Boolean) a.get("working")).count();
        assertEquals(working - 1, events.size());
        assertFalse(ics.contains("paiban-agent-" + agentId + "-" + day.get("date") + "@"), "the removed day left the feed");
    }

    @Test
    @Order(5)
    void aSupervisorSeesOnlyAssignedSitesAndClients() {
        List<Integer> demoClients = given().get("/api/clients").then().extract().jsonPath().getList("id");
        int clientA = demoClients.stream().filter(c -> c != otherClient).findFirst().orElseThrow();
        TestUser supervisor = TestUsers.supervisor(List.of((long) site), List.of((long) clientA));

        supervisor.given().get("/api/sites").then().statusCode(200).body("id", equalTo(List.of(site)));
        supervisor.given().get("/api/sites/" + otherSite).then().statusCode(404);
        supervisor.given().get("/api/clients").then().statusCode(200).body("id", equalTo(List.of(clientA)));
        supervisor.given().get("/api/clients/" + otherClient).then().statusCode(404).body(not(containsString("Test shop")));
        supervisor.given().get("/api/queues/" + otherQueue).then().statusCode(404);
        supervisor.given().get("/api/queues").then().statusCode(200).body("clientId", not(hasItem(otherClient)))
                .body("clientId", hasItem(clientA));
        supervisor.given().get("/api/agents/" + otherAgent).then().statusCode(404);
        supervisor.given().get("/api/agents?size=500").then().statusCode(200).body("items.siteId", not(hasItem(otherSite)))
                .body("total", equalTo(20));
        supervisor.given().get("/api/rosters/" + roster).then().statusCode(200);
        supervisor.given().get("/api/rosters/" + roster + "/assignments?agentId=" + agentId).then().statusCode(200);
        // absences and preferences for agents of other sites are refused as if the agent did not exist
        supervisor.given().contentType(ContentType.JSON)
                .body(Map.of("agentId", otherAgent, "kind", "LEAVE", "firstDate", "2026-12-01"))
                .post("/api/absences").then().statusCode(400).body("errors[0].field", equalTo("agentId"));

        TestUser elsewhere = TestUsers.supervisor(List.of((long) otherSite), List.of((long) otherClient));
        elsewhere.given().get("/api/rosters/" + roster).then().statusCode(404);
        elsewhere.given().get("/api/rosters").then().statusCode(200).body("id", not(hasItem(roster)));
        elsewhere.given().get("/api/rosters/" + roster + "/assignments").then().statusCode(404);
        elsewhere.given().get("/api/solve-jobs?rosterId=" + roster).then().statusCode(404);
        elsewhere.given().get("/api/solve-jobs").then().statusCode(200).body("rosterId", not(hasItem(roster)));
        elsewhere.given().get("/api/agents/" + agentId).then().statusCode(404);
        elsewhere.given().get("/api/clients/" + clientA).then().statusCode(404);
        elsewhere.given().contentType(ContentType.JSON).body(Map.of("version", rosterVersion()))
                .post("/api/rosters/" + roster + "/publish").then().statusCode(404);
    }

    @Test
    @Order(6)
    void aClientViewerSeesOnlyTheirClient() {
        TestUser viewer = TestUsers.clientViewer(otherClient);
        viewer.given().get("/api/clients").then().statusCode(200).body("id", equalTo(List.of(otherClient)));
        viewer.given().get("/api/queues").then().statusCode(200).body("id", equalTo(List.of(otherQueue)));
        List<Integer> demoClients = given().get("/api/clients").then().extract().jsonPath().getList("id");
        int demoClient = demoClients.stream().filter(c -> c != otherClient).findFirst().orElseThrow();
        viewer.given().get("/api/clients/" + demoClient).then().statusCode(404);
        viewer.given().get("/api/agents").then().statusCode(403);
        viewer.given().get("/api/agents/" + otherAgent).then().statusCode(403);
        viewer.given().get("/api/rosters").then().statusCode(403);
    }
}
