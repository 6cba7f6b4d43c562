package io.paiban.planning.forecast;

import io.paiban.planning.forecast.model.BacktestScore;
import io.paiban.planning.forecast.model.VolumeForecaster;

import io.paiban.support.Api;
import io.paiban.support.DatabaseCleaner;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs, values, adjustments, comparison and accuracy on a small demo center (3 queues x 10 weeks). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForecastRunResourceTest {

    @Inject
    DatabaseCleaner cleaner;

    int siteId;
    Map<String, Integer> queueIds = new HashMap<>();
    int firstRun;
    int secondRun;

    /** Once per class, but after Quarkus has set up rest-assured (a @BeforeAll would run too early). */
    @BeforeEach
    void loadDemo() throws Exception {
        if (siteId != 0) {
            return;
        }
        cleaner.deleteMasterData();
        given().queryParam("agents", 20).queryParam("queues", 3).queryParam("weeks", 10).queryParam("historyEnd", "2026-11-23")
                .post("/api/demo").then().statusCode(201);
        siteId = given().get("/api/sites").then().extract().path("[0].id");
        List<Map<String, Object>> queues = given().get("/api/queues").then().extract().jsonPath().getList("");
        queues.forEach(q -> queueIds.put((String) q.get("code"), (Integer) q.get("id")));
    }

    @AfterAll
    void clean() throws Exception {
        cleaner.deleteMasterData();
    }

    @Test
    @Order(1)
    void aRunPicksTheBestBacktestedModelPerQueueAndStoresTheHorizon() {
        JsonPath run = given().contentType(ContentType.JSON).body(Map.of("siteId", siteId, "horizonWeeks", 1, "label", "weekly"))
                .post("/api/forecast-runs").then().statusCode(201)
                .body("versionNo", equalTo(1)).body("intervalMinutes", equalTo(30))
                .body("createdBy", equalTo(Api.ADMIN_USER))
                .body("horizonStart", equalTo("2026-11-22T16:00:00Z")).body("horizonEnd", equalTo("2026-11-29T16:00:00Z"))
                .body("queues", hasSize(3))
                .extract().jsonPath();
        firstRun = run.getInt("id");
        List<Map<String, Object>> results = run.getList("queues");
        List<String> candidates = given().get("/api/forecast-models").then().extract().jsonPath().getList("");
        for (Map<String, Object> result : results) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> table = (List<Map<String, Object>>) result.get("backtest");
            assertEquals(candidates, table.stream().map(r -> r.get("model")).toList());
            // the selection rule (VolumeForecaster.selectIndex) applied to the returned table: the combination (last row)
            // unless the best single model beats it by more than one standard error of the fold differences
            List<BacktestScore> scores = table.stream().map(r -> {
                @SuppressWarnings("unchecked")
                List<Double> folds = ((List<Number>) r.get("foldWapes")).stream().map(Number::doubleValue).toList();
                return new BacktestScore((String) r.get("model"), ((Number) r.get("meanWape")).doubleValue(), 0, folds,
                        java.util.Collections.nCopies(folds.size(), 0.0));
            }).toList();
            Map<String, Object> best = table.get(VolumeForecaster.selectIndex(scores, scores.size() - 1,
                    VolumeForecaster.DEFAULT_SELECTION));
            assertEquals(best.get("model"), result.get("model"));
            assertEquals(((Number) best.get("meanWape")).doubleValue(), ((Number) result.get("backtestWape")).doubleValue(), 1e-6);
            assertEquals(false, result.get("forced"));
            if (((String) result.get("model")).startsWith("DoubleSeasonalHW")) {
                assertTrue(((Map<?, ?>) result.get("fittedParameters")).containsKey("alpha"));
            }
        }

        int chatPre = queueIds.get("TM-CHAT-PRE");
        List<Map<String, Object>> values = given().queryParam("queueId", chatPre).get("/api/forecast-runs/" + firstRun + "/values")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(7 * 48, values.size());
        for (Map<String, Object> v : values) {
            String start = (String) v.get("intervalStart");
            double volume = ((Number) v.get("volume")).doubleValue();
            // Chat is closed 02:00-08:00 Shanghai time = 18:00-24:00 UTC: forecast 0 there, demand by day.
            int utcHour = Integer.parseInt(start.substring(11, 13));
            if (utcHour >= 18) {
                assertEquals(0.0, volume, start);
            } else if (utcHour >= 2 && utcHour < 12) {
                assertTrue(volume > 1, start + " " + volume);
                assertTrue(((Number) v.get("ahtSeconds")).doubleValue() > 100);
            }
            assertEquals(volume, ((Number) v.get("adjustedVolume")).doubleValue(), 1e-4);
            double lower = ((Number) v.get("lowerVolume")).doubleValue();
            double upper = ((Number) v.get("upperVolume")).doubleValue();
            assertTrue(lower <= volume + 1e-9 && volume <= upper + 1e-9 && lower >= 0, v.toString());
            if (volume > 5) {
                assertTrue(upper - lower > 1, "bounds have width: " + v);
            }
        }
        // History start is the first data used: 10 weeks of demo history before the horizon, not 26 requested by default.
        assertEquals("2026-09-13T16:00:00Z", run.getString("historyStart"));
        assertEquals(0.1f, run.getFloat("parameters.lowerQuantile"));
        assertEquals(0.9f, run.getFloat("parameters.upperQuantile"));
    }

    @Test
    @Order(2)
    void staffingToTheUpperBoundNeedsMoreAgentsThanToTheMean() {
        JsonPath mean = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", firstRun))
                .post("/api/staffing-runs").then().statusCode(201).body("parameters.volumeQuantile", equalTo("mean")).extract().jsonPath();
        JsonPath p90 = given().contentType(ContentType.JSON).body(Map.of("forecastRunId", firstRun, "volumeQuantile", "p90"))
                .post("/api/staffing-runs").then().statusCode(201).body("parameters.volumeQuantile", equalTo("p90")).extract().jsonPath();
        for (int i = 0; i < 3; i++) {
            assertTrue(p90.getDouble("queues[" + i + "].volume") > mean.getDouble("queues[" + i + "].volume") * 1.02);
            assertTrue(p90.getDouble("queues[" + i + "].rawAgentHours") > mean.getDouble("queues[" + i + "].rawAgentHours"));
        }
        given().contentType(ContentType.JSON).body(Map.of("forecastRunId", firstRun, "volumeQuantile", "p50"))
                .post("/api/staffing-runs").then().statusCode(400)
                .body("detail", equalTo("volumeQuantile: 'p50' is not one of mean, p10, p90 (the bounds forecast run " + firstRun + " stores)"));
    }

    @Test
    @Order(2)
    void forcingAModelMakesTheNextVersionAndUnknownModelsAreRefused() {
        secondRun = given().contentType(ContentType.JSON)
                .body(Map.of("siteId", siteId, "horizonWeeks", 1, "forceModel", "SeasonalNaive"))
                .post("/api/forecast-runs").then().statusCode(201)
                .body("versionNo", equalTo(2))
                .body("queues.model", equalTo(List.of("SeasonalNaive", "SeasonalNaive", "SeasonalNaive")))
                .body("queues.forced", equalTo(List.of(true, true, true)))
                .body("queues[0].backtest", hasSize(1)) // a forced model backtests only itself
                .body("queues[0].backtest[0].model", equalTo("SeasonalNaive"))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("siteId", siteId, "forceModel", "Prophet"))
                .post("/api/forecast-runs").then().statusCode(400).body("errors[0].field", equalTo("forceModel"));
        given().contentType(ContentType.JSON).body(Map.of("siteId", siteId, "queueIds", List.of(1)))
                .post("/api/forecast-runs").then().statusCode(400).body("errors[0].field", equalTo("siteId"));
        given().get("/api/forecast-runs?siteId=" + siteId).then().body("versionNo", equalTo(List.of(2, 1)));
    }

    @Test
    @Order(3)
    void adjustmentsApplyInOrderOnTopOfTheUnchangedModelOutput() {
        int queue = queueIds.get("TM-CHAT-PRE");
        String from = "2026-11-24T02:00:00Z";
        String to = "2026-11-24T04:00:00Z";
        given().contentType(ContentType.JSON)
                .body(Map.of("queueId", queue, "from", from, "to", to, "kind", "PERCENT", "amount", 10, "reason", "campaign mail"))
                .post("/api/forecast-runs/" + firstRun + "/adjustments").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("from", from, "to", "2026-11-24T03:00:00Z", "kind", "ABSOLUTE", "amount", 2))
                .post("/api/forecast-runs/" + firstRun + "/adjustments").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("from", "2027-01-01T00:00:00Z", "to", "2027-01-02T00:00:00Z", "kind", "ABSOLUTE", "amount", 2))
                .post("/api/forecast-runs/" + firstRun + "/adjustments").then().statusCode(400).body("errors[0].field", equalTo("from"));

        List<Map<String, Object>> values = given().queryParam("queueId", queue)
                .queryParam("from", "2026-11-24T01:30:00Z").queryParam("to", "2026-11-24T04:30:00Z")
                .get("/api/forecast-runs/" + firstRun + "/values").then().extract().jsonPath().getList("");
        assertEquals(6, values.size());
        double[] expectedFactor = {1, 1.1, 1.1, 1.1, 1.1, 1};
        double[] expectedAdd = {0, 2, 2, 0, 0, 0};
        for (int i = 0; i < 6; i++) {
            double volume = ((Number) values.get(i).get("volume")).doubleValue();
            double adjusted = ((Number) values.get(i).get("adjustedVolume")).doubleValue();
            assertEquals(volume * expectedFactor[i] + expectedAdd[i], adjusted, 1e-4, values.get(i).toString());
        }
        given().get("/api/forecast-runs/" + firstRun + "/adjustments").then().body("kind", equalTo(List.of("PERCENT", "ABSOLUTE")))
                .body("createdBy", equalTo(List.of(Api.ADMIN_USER, Api.ADMIN_USER)));
    }

    @Test
    @Order(4)
    void comparingTwoRunsGivesDailyTotalsAndDifferences() {
        JsonPath compare = given().queryParam("base", firstRun).queryParam("other", secondRun)
                .get("/api/forecast-runs/compare").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> days = compare.getList("days");
        assertEquals(3 * 7, days.size());
        assertEquals(3, compare.getList("queueTotals").size());
        for (Map<String, Object> d : days) {
            double base = ((Number) d.get("baseVolume")).doubleValue();
            double other = ((Number) d.get("otherVolume")).doubleValue();
            assertTrue(base > 0 && other > 0, d.toString());
            assertEquals(other - base, ((Number) d.get("difference")).doubleValue(), 0.02);
        }
    }

    @Test
    @Order(5)
    void accuracyReportScoresThePastWeekWithTheLatestRunCoveringIt() {
        int run = given().contentType(ContentType.JSON)
                .body(Map.of("siteId", siteId, "horizonStart", "2026-11-16", "horizonWeeks", 1, "label", "back-test week"))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> rows = given().queryParam("siteId", siteId).queryParam("from", "2026-11-16").queryParam("to", "2026-11-23")
                .get("/api/forecast-accuracy").then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(3, rows.size());
        for (Map<String, Object> row : rows) {
            assertEquals("2026-11-16", row.get("weekStart"));
            assertEquals(List.of(run), row.get("runIds"));
            double wape = ((Number) row.get("wape")).doubleValue();
            assertTrue(wape > 0.02 && wape < 0.5, row.toString());
            assertTrue((Integer) row.get("intervals") > 7 * 30, row.toString());
        }
        // A later run over the same week: the report takes it by default, and any run by id.
        int forced = given().contentType(ContentType.JSON)
                .body(Map.of("siteId", siteId, "horizonStart", "2026-11-16", "horizonWeeks", 1, "forceModel", "SeasonalNaive"))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        given().queryParam("siteId", siteId).queryParam("from", "2026-11-16").queryParam("to", "2026-11-23")
                .get("/api/forecast-accuracy").then().statusCode(200).body("runIds[0]", equalTo(List.of(forced)));
        List<Map<String, Object>> byId = given().queryParam("runId", run).queryParam("from", "2026-11-16").queryParam("to", "2026-11-23")
                .get("/api/forecast-accuracy").then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(3, byId.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(run), byId.get(i).get("runIds"));
            assertEquals(rows.get(i).get("wape"), byId.get(i).get("wape"));
            double coverage = ((Number) byId.get(i).get("coverage")).doubleValue();
            assertTrue(coverage > 0.4 && coverage <= 1.0, byId.get(i).toString());
        }
        given().queryParam("from", "2026-11-16").queryParam("to", "2026-11-23").get("/api/forecast-accuracy")
                .then().statusCode(400).body("detail", containsString("siteId"));
    }
}
