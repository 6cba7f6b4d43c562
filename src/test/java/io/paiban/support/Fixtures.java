package io.paiban.support;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.paiban.support.Api.given;

/** Creates the master data a test needs through the REST API, with unique codes. */
public final class Fixtures {

    /** rest-assured reads JSON numbers as floats by default; metrics need doubles. */
    public static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static int site() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", unique("SITE"), "name", "Test floor"))
                .post("/api/sites").then().statusCode(201).extract().path("id");
    }

    public static int client(String platform) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", unique("CL"), "name", "Test shop", "platform", platform))
                .post("/api/clients").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> queueBody(int clientId, int siteId, String channel, String function) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", unique("Q"));
        body.put("name", "Test queue");
        body.put("clientId", clientId);
        body.put("siteId", siteId);
        body.put("channel", channel);
        body.put("function", function);
        body.put("defaultHandleSeconds", 240);
        return body;
    }

    public static int queue(int clientId, int siteId, String channel, String function) {
        return given().contentType(ContentType.JSON).body(queueBody(clientId, siteId, channel, function))
                .post("/api/queues").then().statusCode(201).extract().path("id");
    }

    /** An active, night-eligible in-house agent of the site, certified for the given queues. */
    public static int agent(int siteId, List<Integer> queueIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("employeeNo", unique("E"));
        body.put("fullName", "Test agent");
        body.put("siteId", siteId);
        body.put("employmentType", "IN_HOUSE");
        body.put("status", "ACTIVE");
        body.put("contractHoursPerWeek", 48);
        body.put("nightEligible", true);
        body.put("hourlyCost", 30);
        body.put("certifications", queueIds.stream().map(q -> Map.of("queueId", q, "certifiedOn", "2026-01-05")).toList());
        return given().contentType(ContentType.JSON).body(body).post("/api/agents").then().statusCode(201).extract().path("id");
    }
}
