package io.paiban.planning.forecast;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An event the history has never seen takes its uplift from the multiplier table, per queue function and
 * time of day; missing history (an outage) is not read as zero demand.
 */
@QuarkusTest
class EventMultiplierForecastTest {

    @Test
    void userMultipliersApplyPerFunctionAndTimeOfDayAndOutagesAreNotZeroDemand() {
        int site = Fixtures.site();
        int client = Fixtures.client("JD");
        Map<String, Object> preBody = Fixtures.queueBody(client, site, "CHAT", "PRE_SALE");
        Map<String, Object> afterBody = Fixtures.queueBody(client, site, "CHAT", "AFTER_SALE");
        for (Map<String, Object> body : List.of(preBody, afterBody)) {
            body.put("openingHours", List.of());
            given().contentType(ContentType.JSON).body(body).post("/api/queues").then().statusCode(201);
        }
        String pre = (String) preBody.get("code");
        String after = (String) afterBody.get("code");

        // 4 weeks of a flat 10 contacts per 30 minutes, Monday 2026-03-02 .. Sunday 2026-03-29 (Shanghai), and
        // a whole-day outage on Wednesday 2026-03-25 that simply has no rows.
        StringBuilder csv = new StringBuilder("queue,interval_start,offered,answered,abandoned,aht_seconds\n");
        Instant start = Instant.parse("2026-03-01T16:00:00Z");
        Instant outageFrom = Instant.parse("2026-03-24T16:00:00Z");
        Instant outageTo = outageFrom.plus(1, ChronoUnit.DAYS);
        for (Instant t = start; t.isBefore(start.plus(28, ChronoUnit.DAYS)); t = t.plus(30, ChronoUnit.MINUTES)) {
            if (!t.isBefore(outageFrom) && t.isBefore(outageTo)) {
                continue;
            }
            for (String q : List.of(pre, after)) {
                csv.append(q).append(',').append(t).append(",10,10,0,240\n");
            }
        }
        given().contentType("text/csv").body(csv.toString()).post("/api/history/intervals").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("name", "Brand day 2026", "type", "PROMOTION", "eventKey", "BRAND_DAY_T",
                "clientId", client, "startDate", "2026-04-01", "endDate", "2026-04-01")).post("/api/calendar-events").then().statusCode(201);
        Map<String, Object> multiplier = new HashMap<>(Map.of("eventKey", "BRAND_DAY_T", "queueFunction", "PRE_SALE", "dayOffset", 0,
                "fromTime", "10:00", "toTime", "12:00", "multiplier", 2.5));
        int id = given().contentType(ContentType.JSON).body(multiplier).post("/api/event-multipliers").then().statusCode(201)
                .body("version", equalTo(0)).extract().path("id");
        multiplier.put("multiplier", 2.0);
        multiplier.put("version", 0);
        given().contentType(ContentType.JSON).body(multiplier).put("/api/event-multipliers/" + id).then().statusCode(200)
                .body("multiplier", equalTo(2.0f));
        given().contentType(ContentType.JSON).body(Map.of("eventKey", "BRAND_DAY_T", "dayOffset", 0, "multiplier", 2,
                "fromTime", "12:00", "toTime", "10:00")).post("/api/event-multipliers").then().statusCode(400)
                .body("errors[0].field", equalTo("toTime"));

        int preId = queueId(pre);
        int afterId = queueId(after);
        int run = given().contentType(ContentType.JSON)
                .body(Map.of("queueIds", List.of(preId, afterId), "horizonStart", "2026-03-30", "horizonWeeks", 1))
                .post("/api/forecast-runs").then().statusCode(201)
                .body("queues[0].effects[0].key", equalTo("BRAND_DAY_T"))
                .body("queues[0].effects[0].source", equalTo("USER_GIVEN"))
                .extract().path("id");

        // 2026-04-01 10:00-12:00 Shanghai = 02:00-04:00 UTC.
        for (Map<String, Object> v : values(run, preId)) {
            Instant t = Instant.parse((String) v.get("intervalStart"));
            double base = ((Number) v.get("baseVolume")).doubleValue();
            double volume = ((Number) v.get("volume")).doubleValue();
            // Flat history with an outage: every model must still see ~10, not a dip towards 0 on Wednesdays.
            assertEquals(10.0, base, 1.0, v.toString());
            boolean uplifted = !t.isBefore(Instant.parse("2026-04-01T02:00:00Z")) && t.isBefore(Instant.parse("2026-04-01T04:00:00Z"));
            assertEquals(uplifted ? 2 * base : base, volume, 1e-3, v.toString());
        }
        for (Map<String, Object> v : values(run, afterId)) {
            assertEquals(((Number) v.get("baseVolume")).doubleValue(), ((Number) v.get("volume")).doubleValue(), 1e-3);
        }
        given().delete("/api/event-multipliers/" + id).then().statusCode(204);
        given().get("/api/event-multipliers/" + id).then().statusCode(404);
    }

    private static int queueId(String code) {
        return given().get("/api/queues").then().extract().jsonPath().getInt("find { it.code == '" + code + "' }.id");
    }

    private static List<Map<String, Object>> values(int run, int queueId) {
        return given().queryParam("queueId", queueId).get("/api/forecast-runs/" + run + "/values").then().statusCode(200)
                .extract().jsonPath().getList("");
    }
}
