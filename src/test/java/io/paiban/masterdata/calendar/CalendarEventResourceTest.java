package io.paiban.masterdata.calendar;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CalendarEventResourceTest {

    @Test
    void clientPromotionIsListedForItsDatesAndClientOnly() {
        int client = Fixtures.client("TMALL");
        int other = Fixtures.client("JD");
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Double 11 warm-up", "type", "PROMOTION", "eventKey", "DOUBLE_11", "clientId", client,
                        "startDate", "2030-11-08", "endDate", "2030-11-11", "volumeFactor", 3.5))
                .post("/api/calendar-events").then().statusCode(201).body("volumeFactor", equalTo(3.5f)).extract().path("id");

        given().get("/api/calendar-events?from=2030-11-11&to=2030-11-30&clientId=" + client).then().statusCode(200).body("id", hasItem(id));
        given().get("/api/calendar-events?from=2030-11-12&to=2030-11-30").then().statusCode(200).body("id", not(hasItem(id)));
        given().get("/api/calendar-events?from=2030-11-01&to=2030-11-30&clientId=" + other).then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void invalidDatesAndUnknownClientAreNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Backwards", "type", "PUBLIC_HOLIDAY", "startDate", "2030-10-07", "endDate", "2030-10-01"))
                .post("/api/calendar-events").then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Nobody's", "type", "PROMOTION", "clientId", 987654, "startDate", "2030-10-01", "endDate", "2030-10-01"))
                .post("/api/calendar-events").then().statusCode(400).body("errors[0].field", equalTo("clientId"));
        given().get("/api/calendar-events?from=2030-10-07&to=2030-10-01").then().statusCode(400).body("errors[0].field", equalTo("to"));
    }
}
