package io.paiban.masterdata.site;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SiteResourceTest {

    @Test
    void siteDefaultsToShanghaiTimeAndCanMoveZone() {
        String code = Fixtures.unique("S");
        int id = given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Floor A"))
                .post("/api/sites").then().statusCode(201).body("timeZone", equalTo("Asia/Shanghai")).extract().path("id");

        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Floor A", "timeZone", "Asia/Urumqi", "version", 0))
                .put("/api/sites/" + id).then().statusCode(200).body("timeZone", equalTo("Asia/Urumqi")).body("version", equalTo(1));
    }

    @Test
    void unknownTimeZoneIsRejectedNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("code", Fixtures.unique("S"), "name", "Floor", "timeZone", "Mars/Olympus"))
                .post("/api/sites").then().statusCode(400)
                .body("errors[0].field", equalTo("timeZone"))
                .body("detail", containsString("Mars/Olympus"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = Fixtures.unique("S");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "One")).post("/api/sites").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Two")).post("/api/sites")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(code));
    }

    @Test
    void updateWithoutVersionIsRejected() {
        int id = Fixtures.site();
        given().contentType(ContentType.JSON).body(Map.of("code", Fixtures.unique("S"), "name", "No version"))
                .put("/api/sites/" + id).then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void deletedSiteIsGoneAndASiteInUseCannotBeDeleted() {
        int unused = Fixtures.site();
        given().delete("/api/sites/" + unused).then().statusCode(204);
        given().get("/api/sites/" + unused).then().statusCode(404);
        given().delete("/api/sites/" + unused).then().statusCode(404);

        int used = Fixtures.site();
        Fixtures.queue(Fixtures.client("TMALL"), used, "PHONE", "PRE_SALE");
        given().delete("/api/sites/" + used).then().statusCode(409).contentType("application/problem+json");
        given().get("/api/sites/" + used).then().statusCode(200);
    }
}
