package io.paiban.masterdata.queue;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class QueueResourceTest {

    @Test
    void queueWithoutTargetTakesTheClientsContractStandard() {
        int site = Fixtures.site();
        int jd = Fixtures.client("JD");
        var phone = Fixtures.queueBody(jd, site, "PHONE", "PRE_SALE");
        given().contentType(ContentType.JSON).body(phone).post("/api/queues").then().statusCode(201)
                .body("target.kind", equalTo("ANSWER_WITHIN"))
                .body("target.thresholdSeconds", equalTo(300))
                .body("openingHours", hasSize(7))
                .body("openingHours.opensAt", everyItem(equalTo("08:30:00")))
                .body("openingHours.closesAt", everyItem(equalTo("01:00:00")));

        var email = Fixtures.queueBody(jd, site, "EMAIL", "AFTER_SALE");
        given().contentType(ContentType.JSON).body(email).post("/api/queues").then().statusCode(201)
                .body("target.kind", equalTo("REPLY_BY_CUTOFF"))
                .body("target.cutoffTime", equalTo("16:00:00"))
                .body("target.replyByTime", equalTo("18:00:00"));

        var presaleEmail = Fixtures.queueBody(jd, site, "EMAIL", "PRE_SALE");
        given().contentType(ContentType.JSON).body(presaleEmail).post("/api/queues").then().statusCode(201)
                .body("target.kind", equalTo("REPLY_WITHIN"))
                .body("target.thresholdSeconds", equalTo(86400));
    }

    @Test
    void chatQueueKeepsItsConcurrencyAndExplicitTarget() {
        var chat = Fixtures.queueBody(Fixtures.client("TMALL"), Fixtures.site(), "CHAT", "PRE_SALE");
        chat.put("chatConcurrency", 3);
        chat.put("target", Map.of("kind", "ANSWER_WITHIN", "targetShare", 0.8, "thresholdSeconds", 30));
        chat.put("openingHours", List.of(Map.of("dayOfWeek", "MONDAY", "opensAt", "00:00", "closesAt", "00:00")));
        int id = given().contentType(ContentType.JSON).body(chat).post("/api/queues").then().statusCode(201)
                .body("chatConcurrency", equalTo(3))
                .body("target.thresholdSeconds", equalTo(30))
                .extract().path("id");
        given().get("/api/queues?clientId=" + chat.get("clientId")).then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void inconsistentQueuesAreRejectedNamingEachField() {
        int client = Fixtures.client("TMALL");
        int site = Fixtures.site();

        var phoneWithDeadline = Fixtures.queueBody(client, site, "PHONE", "ORDER");
        phoneWithDeadline.put("target", Map.of("kind", "REPLY_WITHIN", "targetShare", 0.9, "thresholdSeconds", 3600));
        phoneWithDeadline.put("chatConcurrency", 2);
        given().contentType(ContentType.JSON).body(phoneWithDeadline).post("/api/queues").then().statusCode(400)
                .body("errors.field", hasItem("target.kind"))
                .body("errors.field", hasItem("chatConcurrency"));

        var overlapping = Fixtures.queueBody(client, site, "CHAT", "ORDER");
        overlapping.put("openingHours", List.of(
                Map.of("dayOfWeek", "SUNDAY", "opensAt", "20:00", "closesAt", "02:00"),
                Map.of("dayOfWeek", "MONDAY", "opensAt", "01:00", "closesAt", "09:00")));
        given().contentType(ContentType.JSON).body(overlapping).post("/api/queues").then().statusCode(400)
                .body("errors[0].field", equalTo("openingHours[1]"));

        var unknownClient = Fixtures.queueBody(987654, site, "CHAT", "ORDER");
        given().contentType(ContentType.JSON).body(unknownClient).post("/api/queues").then().statusCode(400)
                .body("errors[0].field", equalTo("clientId"));

        var badShare = Fixtures.queueBody(client, site, "CHAT", "ORDER");
        badShare.put("target", Map.of("kind", "ANSWER_WITHIN", "targetShare", 1.5, "thresholdSeconds", 30));
        badShare.put("defaultHandleSeconds", 0);
        given().contentType(ContentType.JSON).body(badShare).post("/api/queues").then().statusCode(400)
                .body("errors.field", hasItem("target.targetShare"))
                .body("errors.field", hasItem("defaultHandleSeconds"));
    }

    @Test
    void staleUpdateIsRefusedAndClientWithQueuesCannotBeDeleted() {
        int client = Fixtures.client("PINDUODUO");
        var body = Fixtures.queueBody(client, Fixtures.site(), "PHONE", "AFTER_SALE");
        int id = given().contentType(ContentType.JSON).body(body).post("/api/queues").then().statusCode(201).extract().path("id");

        body.put("version", 0);
        body.put("defaultHandleSeconds", 300);
        given().contentType(ContentType.JSON).body(body).put("/api/queues/" + id).then().statusCode(200).body("version", equalTo(1));
        body.put("defaultHandleSeconds", 200);
        given().contentType(ContentType.JSON).body(body).put("/api/queues/" + id).then().statusCode(409);
        given().get("/api/queues/" + id).then().body("defaultHandleSeconds", equalTo(300));

        given().delete("/api/clients/" + client).then().statusCode(409);
        given().delete("/api/queues/" + id).then().statusCode(204);
        given().get("/api/queues/" + id).then().statusCode(404);
        given().delete("/api/clients/" + client).then().statusCode(204);
    }
}
