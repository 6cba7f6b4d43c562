package io.paiban.masterdata.client;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ClientResourceTest {

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsJdClientWithContractDefaultsAndReadsItBack() {
        String code = uniqueCode("JD");
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "京东测试店", "platform", "JD"))
                .when().post("/api/clients")
                .then().statusCode(201)
                .header("Location", containsString("/api/clients/"))
                .body("code", equalTo(code))
                .body("version", equalTo(0))
                .body("standards", hasSize(5))
                .body("standards.find { it.channel == 'PHONE' }.target.thresholdSeconds", equalTo(300))
                .body("standards.find { it.channel == 'CHAT' }.target.thresholdSeconds", equalTo(120))
                .body("standards.find { it.channel == 'TICKET' }.target.thresholdSeconds", equalTo(10800))
                .body("standards.find { it.target.kind == 'REPLY_BY_CUTOFF' }.target.cutoffTime", equalTo("16:00:00"))
                .extract().path("id");

        given().when().get("/api/clients/" + id)
                .then().statusCode(200)
                .body("name", equalTo("京东测试店"))
                .body("createdAt", notNullValue());
        given().when().get("/api/clients").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void updateWithStaleVersionIsRefusedWith409AndChangesNothing() {
        String code = uniqueCode("TM");
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Before", "platform", "TMALL"))
                .post("/api/clients").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "First edit", "platform", "TMALL", "version", 0))
                .put("/api/clients/" + id).then().statusCode(200).body("version", equalTo(1));

        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Second edit from an old read", "platform", "TMALL", "version", 0))
                .put("/api/clients/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("stale-version"))
                .body("detail", containsString("version 1"));

        given().get("/api/clients/" + id).then().body("name", equalTo("First edit")).body("version", equalTo(1));
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "bad code!", "name", "", "platform", "TMALL"))
                .post("/api/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"));

        given().contentType(ContentType.JSON)
                .body(Map.of("code", uniqueCode("X"), "name", "Shop", "platform", "AMAZON"))
                .post("/api/clients")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("platform"));

        given().contentType(ContentType.JSON)
                .body("{\"code\": \"A\", ")
                .post("/api/clients")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownIdGives404Problem() {
        given().get("/api/clients/987654321")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Client 987654321 does not exist"))
                .body("instance", equalTo("/api/clients/987654321"));
    }
}
