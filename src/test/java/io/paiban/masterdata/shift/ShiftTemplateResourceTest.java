package io.paiban.masterdata.shift;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class ShiftTemplateResourceTest {

    @Test
    void dayAndNightShiftsOfTheRulesAreSeeded() {
        given().get("/api/shift-templates").then().statusCode(200)
                .body("code", hasItems("DAY", "NIGHT", "PEAK_MID", "PEAK_LATE"))
                .body("find { it.code == 'DAY' }.startTime", equalTo("08:30:00"))
                .body("find { it.code == 'DAY' }.endTime", equalTo("17:30:00"))
                .body("find { it.code == 'DAY' }.crossesMidnight", equalTo(false))
                .body("find { it.code == 'NIGHT' }.startTime", equalTo("17:30:00"))
                .body("find { it.code == 'NIGHT' }.endTime", equalTo("01:00:00"))
                .body("find { it.code == 'NIGHT' }.crossesMidnight", equalTo(true))
                .body("find { it.code == 'NIGHT' }.durationMinutes", equalTo(450));
    }

    @Test
    void paidMinutesDefaultToLengthMinusUnpaidBreaks() {
        Map<String, Object> body = Map.of("code", Fixtures.unique("LATE"), "name", "Late 22:00-06:00", "kind", "PEAK",
                "startTime", "22:00", "endTime", "06:00",
                "breaks", List.of(Map.of("offsetMinutes", 240, "durationMinutes", 30, "paid", false),
                        Map.of("offsetMinutes", 120, "durationMinutes", 15, "paid", true)));
        given().contentType(ContentType.JSON).body(body).post("/api/shift-templates").then().statusCode(201)
                .body("durationMinutes", equalTo(480))
                .body("paidMinutes", equalTo(450))
                .body("crossesMidnight", equalTo(true))
                .body("breaks[0].offsetMinutes", equalTo(120));
    }

    @Test
    void breaksOutsideTheShiftAndTooManyPaidMinutesAreRejected() {
        Map<String, Object> body = Map.of("code", Fixtures.unique("BAD"), "name", "Bad", "kind", "DAY",
                "startTime", "09:00", "endTime", "13:00", "paidMinutes", 240,
                "breaks", List.of(Map.of("offsetMinutes", 230, "durationMinutes", 30, "paid", false)));
        given().contentType(ContentType.JSON).body(body).post("/api/shift-templates").then().statusCode(400)
                .body("errors.field", hasItems("breaks[0]", "paidMinutes"));
    }
}
