package io.paiban.demo;

import io.paiban.support.DatabaseCleaner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class DemoResourceTest {

    @Inject
    DatabaseCleaner cleaner;

    @Test
    void demoCenterLoadsIntoAnEmptyDatabaseOnceAndIsReadableOverRest() throws Exception {
        cleaner.deleteMasterData();
        given().queryParam("agents", 40).queryParam("queues", 5).queryParam("weeks", 2).queryParam("historyEnd", "2026-11-16")
                .post("/api/demo")
                .then().statusCode(201)
                .body("clients", equalTo(3))
                .body("queues", equalTo(5))
                .body("agents", equalTo(40))
                .body("historyRows", greaterThan(5 * 14 * 30))
                .body("historyFrom", equalTo("2026-11-02"))
                .body("historyTo", equalTo("2026-11-15"));

        given().get("/api/queues").then().body("", hasSize(5));
        given().get("/api/agents?size=1").then().body("total", equalTo(40));
        given().get("/api/calendar-events?from=2026-11-11&to=2026-11-11").then().body("[0].eventKey", equalTo("DOUBLE_11"));

        given().post("/api/demo").then().statusCode(409).contentType("application/problem+json");
        cleaner.deleteMasterData();
    }

    @Test
    void outOfRangeParametersAreNamed() {
        given().queryParam("agents", 5).post("/api/demo").then().statusCode(400).body("errors[0].field", equalTo("agents"));
        given().queryParam("historyEnd", "2026-11-17").post("/api/demo").then().statusCode(400).body("errors[0].field", equalTo("historyEnd"));
    }
}
