package io.paiban.security.accounts;

import io.paiban.support.Api;
import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class UserResourceTest {

    private static Map<String, Object> user(String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", Fixtures.unique("u"));
        body.put("password", "long-enough-1");
        body.put("role", role);
        return body;
    }

    @Test
    void anAdministratorCreatesAccountsThatCanSignInAndTheHashIsNeverShown() {
        int site = Fixtures.site();
        int client = Fixtures.client("TMALL");
        Map<String, Object> body = user("SUPERVISOR");
        body.put("siteIds", List.of(site));
        body.put("clientIds", List.of(client));
        int id = given().contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(201)
                .body("role", equalTo("SUPERVISOR")).body("siteIds", equalTo(List.of(site)))
                .body("passwordHash", nullValue()).body(not(containsString("$2a$")))
                .extract().path("id");
        Api.as((String) body.get("username"), "long-enough-1").get("/api/me").then().statusCode(200)
                .body("role", equalTo("SUPERVISOR")).body("clientIds", equalTo(List.of(client)));
        given().get("/api/users?role=SUPERVISOR").then().statusCode(200).body("id", hasItem(id));

        // replacing without a password keeps it; a stale version is refused
        body.put("password", null);
        body.put("displayName", "Lead Wang");
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).put("/api/users/" + id).then().statusCode(200)
                .body("displayName", equalTo("Lead Wang"));
        given().contentType(ContentType.JSON).body(body).put("/api/users/" + id).then().statusCode(409);
        Api.as((String) body.get("username"), "long-enough-1").get("/api/me").then().statusCode(200);

        given().delete("/api/users/" + id).then().statusCode(204);
        Api.as((String) body.get("username"), "long-enough-1").get("/api/me").then().statusCode(401);
    }

    @Test
    void roleLinksAreValidatedAndNamed() {
        Map<String, Object> agentWithoutRecord = user("AGENT");
        given().contentType(ContentType.JSON).body(agentWithoutRecord).post("/api/users").then().statusCode(400)
                .body("errors[0].field", equalTo("agentId"));
        Map<String, Object> viewer = user("CLIENT_VIEWER");
        viewer.put("clientId", 987654321);
        given().contentType(ContentType.JSON).body(viewer).post("/api/users").then().statusCode(400)
                .body("errors[0].field", equalTo("clientId"));
        Map<String, Object> planner = user("PLANNER");
        planner.put("siteIds", List.of(Fixtures.site()));
        given().contentType(ContentType.JSON).body(planner).post("/api/users").then().statusCode(400)
                .body("errors[0].field", equalTo("siteIds"));
        Map<String, Object> shortPassword = user("PLANNER");
        shortPassword.put("password", "short");
        given().contentType(ContentType.JSON).body(shortPassword).post("/api/users").then().statusCode(400)
                .body("errors[0].field", containsString("password"));
        Map<String, Object> noPassword = user("PLANNER");
        noPassword.remove("password");
        given().contentType(ContentType.JSON).body(noPassword).post("/api/users").then().statusCode(400)
                .body("errors[0].field", equalTo("password"));
        Map<String, Object> duplicate = user("PLANNER");
        duplicate.put("username", Api.ADMIN_USER);
        given().contentType(ContentType.JSON).body(duplicate).post("/api/users").then().statusCode(409);
    }

    @Test
    void oneAccountPerAgent() {
        int site = Fixtures.site();
        int agent = Fixtures.agent(site, List.of());
        TestUsers.agent(agent);
        Map<String, Object> second = user("AGENT");
        second.put("agentId", agent);
        given().contentType(ContentType.JSON).body(second).post("/api/users").then().statusCode(409)
                .body("detail", containsString("already has the account"));
    }

    @Test
    void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() {
        TestUsers.TestUser planner = TestUsers.planner();
        planner.given().contentType(ContentType.JSON).body(Map.of("currentPassword", "wrong-one-123", "newPassword", "brand-new-pass"))
                .put("/api/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        planner.given().contentType(ContentType.JSON).body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "brand-new-pass"))
                .put("/api/me/password").then().statusCode(204);
        planner.given().get("/api/me").then().statusCode(401);
        Api.as(planner.username(), "brand-new-pass").get("/api/me").then().statusCode(200).body("role", equalTo("PLANNER"));
    }

    @Test
    void theConfiguredAdministratorExistsAndOnlyAdministratorsManageAccounts() {
        given().get("/api/me").then().statusCode(200).body("username", equalTo(Api.ADMIN_USER)).body("role", equalTo("ADMIN"));
        TestUsers.planner().given().get("/api/users").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
        Api.anonymous().get("/api/users").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }
}
