package io.paiban.floor.contract;

import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.paiban.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A client viewer reads their own client's service reports and statements, and nothing of another client. */
@QuarkusTest
class ClientViewerAccessTest {

    private static int clientWithStatement(int site) {
        int client = Fixtures.client("TMALL");
        Fixtures.queue(client, site, "PHONE", "PRE_SALE");
        given().contentType(ContentType.JSON).body(Map.of("startsOn", "2026-11-01", "priceModel", "FIXED_PER_SEAT", "seats", 2, "seatFee", 4000))
                .put("/api/contracts/" + client).then().statusCode(200);
        return client;
    }

    @Test
    void viewerOfOneClientGets404ForEverythingOfAnother() {
        int site = Fixtures.site();
        int own = clientWithStatement(site);
        int other = clientWithStatement(site);
        int otherQueue = Fixtures.queue(other, site, "CHAT", "PRE_SALE");
        int ownStatement = given().contentType(ContentType.JSON).body(Map.of("clientId", own, "period", "2026-11"))
                .post("/api/statements").then().statusCode(201).extract().path("id");
        int otherStatement = given().contentType(ContentType.JSON).body(Map.of("clientId", other, "period", "2026-11"))
                .post("/api/statements").then().statusCode(201).extract().path("id");
        TestUser viewer = TestUsers.clientViewer(own);

        // Their own client: readable.
        viewer.given().queryParam("clientId", own).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .get("/api/service-metrics").then().statusCode(200);
        viewer.given().queryParam("clientId", own).queryParam("month", "2026-11")
                .get("/api/compliance").then().statusCode(200);
        viewer.given().get("/api/statements/" + ownStatement).then().statusCode(200);
        viewer.given().get("/api/contracts/" + own).then().statusCode(200);

        // Another client: every report, by id or in a list, is out of sight.
        for (String path : List.of("/api/service-metrics?clientId=" + other + "&from=2026-11-01&to=2026-11-30",
                "/api/service-metrics?queueId=" + otherQueue + "&from=2026-11-01&to=2026-11-30",
                "/api/compliance?clientId=" + other + "&month=2026-11",
                "/api/contracts/" + other,
                "/api/statements/" + otherStatement,
                "/api/statements/" + otherStatement + "/csv",
                "/api/statements/preview?clientId=" + other + "&period=2026-11",
                "/api/statements?clientId=" + other)) {
            viewer.given().get(path).then().statusCode(404);
        }
        viewer.given().get("/api/statements").then().statusCode(200)
                .body("clientId", everyItem(equalTo(own))).body("id", hasItem(ownStatement));
        viewer.given().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .get("/api/service-metrics/clients").then().statusCode(200)
                .body("clientId", everyItem(equalTo(own))).body("clientId", not(hasItem(other)));
        // The administrator sees both; a viewer may not issue statements or import actuals.
        given().get("/api/statements/" + otherStatement).then().statusCode(200);
        viewer.given().contentType(ContentType.JSON).body(Map.of("clientId", own, "period", "2026-12"))
                .post("/api/statements").then().statusCode(403);
        viewer.given().contentType(ContentType.JSON).body(Map.of("rows", List.of())).post("/api/actuals/queue-intervals")
                .then().statusCode(403).body("status", equalTo(403));
    }
}
