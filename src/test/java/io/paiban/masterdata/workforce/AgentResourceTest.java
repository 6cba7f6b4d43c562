package io.paiban.masterdata.workforce;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AgentResourceTest {

    private static Map<String, Object> agent(int site, String status, List<Map<String, Object>> certifications) {
        Map<String, Object> body = new HashMap<>();
        body.put("employeeNo", Fixtures.unique("KF"));
        body.put("fullName", "王芳");
        body.put("siteId", site);
        body.put("employmentType", "IN_HOUSE");
        body.put("status", status);
        body.put("contractHoursPerWeek", 48);
        body.put("nightEligible", true);
        body.put("hourlyCost", 26.5);
        body.put("certifications", certifications);
        return body;
    }

    @Test
    void agentKeepsCertificationsAndIsFoundByQueueAndStatus() {
        int site = Fixtures.site();
        int client = Fixtures.client("TMALL");
        int chat = Fixtures.queue(client, site, "CHAT", "PRE_SALE");
        int phone = Fixtures.queue(client, site, "PHONE", "ORDER");
        var body = agent(site, "ACTIVE", List.of(
                Map.of("queueId", chat, "certifiedOn", "2026-10-01"),
                Map.of("queueId", phone, "certifiedOn", "2026-10-15")));
        int id = given().contentType(ContentType.JSON).body(body).post("/api/agents").then().statusCode(201)
                .body("certifications.queueId", containsInAnyOrder(chat, phone))
                .body("version", equalTo(0))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(agent(site, "TRAINEE", List.of())).post("/api/agents").then().statusCode(201);

        given().get("/api/agents?queueId=" + chat).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().get("/api/agents?siteId=" + site + "&status=TRAINEE").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("TRAINEE"));
        given().get("/api/agents?siteId=" + site + "&size=1&page=1").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1));
    }

    @Test
    void unknownQueueAndBadNumbersAreNamed() {
        int site = Fixtures.site();
        var body = agent(site, "ACTIVE", List.of(Map.of("queueId", 987654, "certifiedOn", "2026-10-01")));
        given().contentType(ContentType.JSON).body(body).post("/api/agents").then().statusCode(400)
                .body("errors[0].field", equalTo("certifications[0].queueId"));

        var negative = agent(site, "ACTIVE", List.of());
        negative.put("hourlyCost", -1);
        negative.put("contractHoursPerWeek", 100);
        given().contentType(ContentType.JSON).body(negative).post("/api/agents").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("contractHoursPerWeek", "hourlyCost"));

        var badDate = agent(site, "ACTIVE", List.of());
        badDate.put("hiredOn", "2026-13-45");
        given().contentType(ContentType.JSON).body(badDate).post("/api/agents").then().statusCode(400)
                .body("errors[0].field", equalTo("hiredOn"));

        var typo = agent(site, "ACTIVE", List.of());
        typo.put("nightEligable", true);
        given().contentType(ContentType.JSON).body(typo).post("/api/agents").then().statusCode(400)
                .body("errors[0].field", equalTo("nightEligable"));

        given().get("/api/agents?size=501").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void concurrentEditsOfTheSameVersionLetExactlyOneWin() throws Exception {
        int site = Fixtures.site();
        var body = agent(site, "ACTIVE", List.of());
        int id = given().contentType(ContentType.JSON).body(body).post("/api/agents").then().statusCode(201).extract().path("id");

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> edits = List.of("Edit A", "Edit B", "Edit C").stream().map(name -> {
            Map<String, Object> edit = new HashMap<>(body);
            edit.put("fullName", name);
            edit.put("version", 0);
            return CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return given().contentType(ContentType.JSON).body(edit).put("/api/agents/" + id).statusCode();
            });
        }).toList();
        start.countDown();
        List<Integer> statuses = edits.stream().map(CompletableFuture::join).toList();

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        assertEquals(2, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        given().get("/api/agents/" + id).then().body("version", equalTo(1));
    }
}
