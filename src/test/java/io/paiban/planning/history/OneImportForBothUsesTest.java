package io.paiban.planning.history;

import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * One store of interval actuals: six days imported as history and a seventh through the service-actuals import
 * are all seen by a forecast run and by the service-level report; a history re-import keeps the ACD's service
 * detail while the counts agree and clears it when they change; a queue stays on one interval grid.
 */
@QuarkusTest
class OneImportForBothUsesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);

    /** Contacts in slot s (0..47) of day d (0..6): distinct per day and slot, 0 while the queue is closed (01:00-08:30). */
    private static int offered(int day, int slot) {
        return slot >= 2 && slot < 17 ? 0 : 5 + slot + 3 * day;
    }

    private static String start(int day, int slot) {
        return MONDAY.plusDays(day).atTime(LocalTime.MIDNIGHT.plusMinutes(30L * slot)).atZone(SHANGHAI).toOffsetDateTime().toString();
    }

    @Test
    void aDayImportedThroughEitherEndpointIsSeenByTheForecastAndTheServiceLevelReport() {
        int site = Fixtures.site();
        Map<String, Object> body = Fixtures.queueBody(Fixtures.client("TMALL"), site, "PHONE", "PRE_SALE");
        int queueId = given().contentType(ContentType.JSON).body(body).post("/api/queues").then().statusCode(201).extract().path("id");
        String queue = (String) body.get("code");

        // Monday to Saturday as contact history: counts and AHT, no "answered within".
        StringBuilder history = new StringBuilder("queue,interval_start,offered,answered,abandoned,aht_seconds\n");
        for (int day = 0; day < 6; day++) {
            for (int slot = 0; slot < 48; slot++) {
                int o = offered(day, slot);
                history.append(queue).append(',').append(start(day, slot)).append(',').append(o).append(',')
                        .append(Math.max(0, o - 1)).append(',').append(Math.min(o, 1)).append(",200\n");
            }
        }
        given().contentType("text/csv").body(history.toString()).post("/api/history/intervals")
                .then().statusCode(200).body("rows", equalTo(6 * 48));

        // Sunday through the service-actuals import, as the ACD counts it.
        List<Map<String, Object>> sunday = new ArrayList<>();
        for (int slot = 0; slot < 48; slot++) {
            sunday.add(serviceRow(queue, slot, offered(6, slot)));
        }
        given().contentType(ContentType.JSON).body(Map.of("intervalMinutes", 30, "rows", sunday)).post("/api/actuals/queue-intervals")
                .then().statusCode(200).body("rows", equalTo(48));

        // The forecast learns from all seven days: Sunday's counts are next Sunday's seasonal-naive forecast.
        TestUsers.TestUser admin = TestUsers.admin();
        JsonPath run = admin.given().contentType(ContentType.JSON)
                .body(Map.of("queueIds", List.of(queueId), "horizonWeeks", 1, "forceModel", "SeasonalNaive"))
                .post("/api/forecast-runs").then().statusCode(201)
                .body("horizonStart", equalTo("2025-03-09T16:00:00Z"))
                .body("createdBy", equalTo(admin.username()))
                .body("queues[0].missingIntervals", equalTo(0)).extract().jsonPath();
        List<Map<String, Object>> nextSunday = given().queryParam("queueId", queueId)
                .queryParam("from", "2025-03-15T16:00:00Z").queryParam("to", "2025-03-16T16:00:00Z")
                .get("/api/forecast-runs/" + run.getInt("id") + "/values").then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(48, nextSunday.size());
        for (int slot = 0; slot < 48; slot++) {
            assertEquals(offered(6, slot), ((Number) nextSunday.get(slot).get("baseVolume")).doubleValue(), 1e-9, "slot " + slot);
        }

        // The service-level report sees the history days too: volumes and AHT, but no service level without a W count.
        JsonPath days = report(queueId);
        List<Map<String, Object>> periods = days.getList("periods");
        assertEquals(7, periods.size());
        int mondayOffered = 0;
        for (int slot = 0; slot < 48; slot++) {
            mondayOffered += offered(0, slot);
        }
        assertEquals(mondayOffered, days.getInt("periods[0].live.offered"));
        assertEquals(200.0, days.getDouble("periods[0].metrics.aht"), 1e-9);
        assertFalse(days.getMap("periods[0].metrics").containsKey("service_level"));
        int sundayOffered = 0;
        int sundayWithin = 0;
        for (int slot = 0; slot < 48; slot++) {
            int o = offered(6, slot);
            sundayOffered += o;
            sundayWithin += Math.max(0, o - 2);
        }
        assertEquals(round4((double) sundayWithin / sundayOffered), days.getDouble("periods[6].metrics.service_level"), 1e-9);

        // The same Sunday re-imported as history with the same counts keeps the ACD's detail ...
        StringBuilder sameCounts = new StringBuilder("queue,interval_start,offered,answered,abandoned,aht_seconds\n");
        for (int slot = 0; slot < 48; slot++) {
            int o = offered(6, slot);
            sameCounts.append(queue).append(',').append(start(6, slot)).append(',').append(o).append(',').append(Math.max(0, o - 1))
                    .append(',').append(Math.min(o, 1)).append(",200\n");
        }
        given().contentType("text/csv").body(sameCounts.toString()).post("/api/history/intervals").then().statusCode(200);
        assertNotNull(historyRow(queueId, 20).get("answeredWithin"));
        assertEquals(round4((double) sundayWithin / sundayOffered), report(queueId).getDouble("periods[6].metrics.service_level"), 1e-9);

        // ... and with a changed count clears it for that interval: it no longer describes these contacts.
        int o = offered(6, 20);
        given().contentType("text/csv").body("queue,interval_start,offered,answered,abandoned\n"
                        + queue + "," + start(6, 20) + "," + (o + 5) + "," + (o + 4) + ",1\n")
                .post("/api/history/intervals").then().statusCode(200);
        Map<String, Object> changed = historyRow(queueId, 20);
        assertNull(changed.get("answeredWithin"));
        assertEquals(o + 5, changed.get("offered"));
        JsonPath after = report(queueId);
        assertEquals(sundayOffered + 5, after.getInt("periods[6].live.offered"));
        assertEquals(sundayOffered - o, after.getInt("periods[6].live.timedOffered"));
        assertEquals(round4((double) (sundayWithin - (o - 2)) / (sundayOffered - o)), after.getDouble("periods[6].metrics.service_level"), 1e-9);

        // One grid per queue, whichever import: 15-minute rows would overlap the stored 30-minute ones.
        given().contentType(ContentType.JSON).body(Map.of("intervalMinutes", 15, "rows", List.of(serviceRow(queue, 60, 3))))
                .post("/api/actuals/queue-intervals").then().statusCode(400).body("errors[0].field", equalTo("intervalMinutes"));
    }

    private static Map<String, Object> serviceRow(String queue, int slot, int offered) {
        Map<String, Object> row = new HashMap<>();
        row.put("queue", queue);
        row.put("interval_start", start(6, slot));
        row.put("offered", offered);
        row.put("answered", Math.max(0, offered - 1));
        row.put("answered_within", Math.max(0, offered - 2));
        row.put("abandoned", Math.min(offered, 1));
        row.put("handle_seconds", 200.0 * Math.max(0, offered - 1));
        return row;
    }

    private static JsonPath report(int queueId) {
        return given().config(Fixtures.DOUBLES).queryParam("queueId", queueId).queryParam("from", MONDAY.toString())
                .queryParam("to", SUNDAY.toString()).queryParam("granularity", "DAY")
                .get("/api/service-metrics").then().statusCode(200).body("periods", hasSize(7)).extract().jsonPath();
    }

    private static Map<String, Object> historyRow(int queueId, int slot) {
        String from = java.time.OffsetDateTime.parse(start(6, slot)).toInstant().toString();
        String to = java.time.OffsetDateTime.parse(start(6, slot + 1)).toInstant().toString();
        List<Map<String, Object>> rows = given().queryParam("queueId", queueId).queryParam("from", from).queryParam("to", to)
                .get("/api/history").then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static double round4(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
