package io.paiban.console;

import io.paiban.support.DatabaseCleaner;
import io.paiban.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Server time of the planning pages on the default demo center (150 agents, 8 queues, 26 weeks of history, a 4-week
 * forecast, its staffing run and a 12-week capacity plan): 9 timed requests per page over real HTTP after 2 warm-ups,
 * medians printed. A benchmark, not part of the suite: run with -DconsoleBench=true.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "consoleBench", matches = "true")
class PlanningPagesBenchmark {

    @Inject
    DatabaseCleaner cleaner;

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    @Test
    void pagesAnswerWellUnderASecond() throws Exception {
        cleaner.deleteMasterData();
        given().queryParam("historyEnd", LocalDate.of(2026, 11, 23).toString()).post("/api/demo").then().statusCode(201);
        int site = given().get("/api/sites").then().extract().path("[0].id");
        int client = given().get("/api/clients").then().extract().path("[0].id");
        int forecast = given().contentType(ContentType.JSON).body(Map.of("siteId", site)).post("/api/forecast-runs")
                .then().statusCode(201).extract().path("id");
        int staffing = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecast)).post("/api/staffing-runs")
                .then().statusCode(201).extract().path("id");
        int plan = given().contentType(ContentType.JSON).body(Map.of("siteId", site, "weeks", 12)).post("/api/capacity-plans")
                .then().statusCode(201).extract().path("id");
        PlanningPagesTest.Session planner = PlanningPagesTest.signIn(TestUsers.planner());
        PlanningPagesTest.Session supervisor = PlanningPagesTest.signIn(TestUsers.supervisor(List.of((long) site), List.of((long) client)));
        Map<String, Object[]> pages = new LinkedHashMap<>();
        pages.put("forecast (planner)", new Object[]{planner, "/console/forecast?runId=" + forecast});
        pages.put("staffing with chart (planner)", new Object[]{planner, "/console/staffing?runId=" + staffing});
        pages.put("staffing + what-if (supervisor)", new Object[]{supervisor, "/console/staffing?runId=" + staffing
                + "&calc=1&contacts=120&ahtSeconds=240&serviceLevel=80&answerWithin=20&shrinkage=30"});
        pages.put("capacity (supervisor)", new Object[]{supervisor, "/console/capacity?planId=" + plan});
        for (Map.Entry<String, Object[]> page : pages.entrySet()) {
            PlanningPagesTest.Session session = (PlanningPagesTest.Session) page.getValue()[0];
            String path = (String) page.getValue()[1];
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                long start = System.nanoTime();
                session.given().get(path).then().statusCode(200);
                if (i >= 2) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            Collections.sort(millis);
            double median = millis.get(millis.size() / 2);
            System.out.printf("CONSOLE-BENCH %-34s median %6.0f ms  min %6.0f  max %6.0f  bytes %d%n", page.getKey(), median,
                    millis.get(0), millis.get(millis.size() - 1), session.given().get(path).asByteArray().length);
            assertTrue(median < 5000, page.getKey() + " " + median);
        }
    }
}
