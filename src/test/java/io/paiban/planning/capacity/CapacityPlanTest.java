package io.paiban.planning.capacity;

import io.paiban.support.DatabaseCleaner;
import io.paiban.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The capacity plan on the demo center: the hiring start for Double 11 with a training lead time of three weeks. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapacityPlanTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);

    @Inject
    DatabaseCleaner cleaner;

    int site;

    @BeforeEach
    void demoWithStaffing() throws Exception {
        if (site != 0) {
            return;
        }
        cleaner.deleteMasterData();
        given().queryParam("agents", 20).queryParam("queues", 2).queryParam("weeks", 6).queryParam("historyEnd", MONDAY.toString())
                .post("/api/demo").then().statusCode(201);
        site = given().get("/api/sites").then().extract().path("[0].id");
        int forecast = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 1))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecast)).post("/api/staffing-runs").then().statusCode(201);
    }

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    private JsonPath plan(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("siteId", site, "firstWeek", MONDAY.toString(), "weeks", 8, "trainingLeadWeeks", 3));
        body.putAll(extra);
        return given().contentType(ContentType.JSON).body(body).post("/api/capacity-plans").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void theDouble11WeekNeedsHiresStartingThreeWeeksBefore() {
        JsonPath plan = plan(Map.of());
        List<Map<String, Object>> weeks = plan.getList("result.weeks");
        assertEquals(8, weeks.size());
        assertEquals("FORECAST", weeks.get(0).get("source"));
        assertEquals("EXTENDED", weeks.get(5).get("source"));
        Map<String, Object> promo = weeks.get(4);
        assertEquals("2026-11-09", promo.get("weekStart"));
        assertTrue(((List<?>) promo.get("promotions")).contains("Double 11 2026"), promo.toString());
        assertEquals("2026-11-11", promo.get("peakDay"));
        double normal = ((Number) weeks.get(2).get("requiredFte")).doubleValue();
        assertTrue(((Number) promo.get("requiredFte")).doubleValue() > 2 * normal, "the launch day drives the week: " + promo);
        assertTrue(((Number) promo.get("gapFte")).doubleValue() > 0);
        Map<String, Object> request = plan.<Map<String, Object>>getList("result.hiring").stream()
                .filter(h -> "DOUBLE_11".equals(h.get("reason"))).findFirst().orElseThrow();
        assertEquals("2026-11-09", request.get("neededBy"));
        assertEquals("2026-10-19", request.get("latestHireStart"), "three weeks of training before the promotion week");
        assertTrue((Integer) request.get("hires") >= 1);
        assertEquals(false, request.get("tooLate"));
        // stored, readable by a supervisor of the site, not by an agent
        long id = plan.getLong("id");
        given().get("/api/capacity-plans/" + id).then().statusCode(200).body("result.hiring.find { it.reason == 'DOUBLE_11' }.latestHireStart", equalTo("2026-10-19"));
        TestUsers.supervisor(List.of((long) site), List.of()).given().get("/api/capacity-plans/" + id).then().statusCode(200);
        TestUsers.supervisor(List.of((long) site), List.of()).given().contentType(ContentType.JSON).body(Map.of("siteId", site))
                .post("/api/capacity-plans").then().statusCode(403);
    }

    @Test
    void whatIfFactorsMoveRequiredAndAvailable() {
        JsonPath base = plan(Map.of());
        JsonPath busier = plan(Map.of("volumeFactor", 1.3, "ahtFactor", 1.1, "shrinkageFactor", 1.5));
        JsonPath leavers = plan(Map.of("attritionPerMonth", 0.05, "attritionFactor", 2.0));
        for (int w = 0; w < 8; w++) {
            assertTrue(busier.getDouble("result.weeks[" + w + "].requiredFte") > base.getDouble("result.weeks[" + w + "].requiredFte"));
        }
        assertTrue(leavers.getDouble("result.weeks[7].availableFte") < base.getDouble("result.weeks[7].availableFte"));
        assertEquals(0.1, leavers.getDouble("result.assumptions.attritionPerMonth"), 1e-9);
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "weeks", 3)).post("/api/capacity-plans").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "firstWeek", "2026-10-13")).post("/api/capacity-plans")
                .then().statusCode(400).body("errors[0].field", equalTo("firstWeek"));
    }
}
