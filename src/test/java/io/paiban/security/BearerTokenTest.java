package io.paiban.security;

import io.paiban.support.Api;
import io.paiban.support.TestUsers;
import io.paiban.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Bearer tokens: issue, use, refresh, sign-out and every way of revoking them; HTTP Basic keeps working. */
@QuarkusTest
class BearerTokenTest {

    static Response token(String username, String password) {
        return RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/api/auth/token");
    }

    static String accessToken(String username, String password) {
        return token(username, password).then().statusCode(200).extract().path("accessToken");
    }

    static io.restassured.specification.RequestSpecification bearer(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    @Test
    void aTokenSignsInWithoutThePasswordAndNamesOnlyItsOwnAccount() {
        TestUser planner = TestUsers.planner();
        Response issued = token(planner.username(), TestUsers.PASSWORD);
        issued.then().statusCode(200).body("tokenType", equalTo("Bearer")).body("refreshToken", notNullValue())
                .body("passwordChangeRequired", equalTo(false)).header("Cache-Control", containsString("no-store"));
        String token = issued.path("accessToken");
        bearer(token).get("/api/me").then().statusCode(200).body("username", equalTo(planner.username()))
                .body("role", equalTo("PLANNER"));
        // the planner may not call admin endpoints with the token either
        bearer(token).get("/api/users").then().statusCode(403);
        // any change to the token is an unknown token
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        bearer(tampered).get("/api/me").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        bearer("not-a-token").get("/api/me").then().statusCode(401);
        // HTTP Basic still works
        planner.given().get("/api/me").then().statusCode(200);
    }

    @Test
    void usernamesAreTrimmedAndLowerCasedAndControlCharactersRefused() {
        TestUser agentless = TestUsers.planner();
        token("  " + agentless.username().toUpperCase() + " ", TestUsers.PASSWORD).then().statusCode(200);
        token(agentless.username() + "\u0000", TestUsers.PASSWORD).then().statusCode(401);
        Api.given().contentType(ContentType.JSON)
                .body(Map.of("username", "bad\u0007name", "password", "a-long-enough-pass", "role", "PLANNER"))
                .post("/api/users").then().statusCode(400).body("errors[0].field", equalTo("username"));
    }

    @Test
    void refreshReplacesThePairAndWorksOnce() {
        TestUser planner = TestUsers.planner();
        Response first = token(planner.username(), TestUsers.PASSWORD);
        String refresh = first.path("refreshToken");
        String oldAccess = first.path("accessToken");
        bearer(oldAccess).get("/api/me").then().statusCode(200);
        Response second = RestAssured.given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh))
                .post("/api/auth/refresh");
        second.then().statusCode(200);
        assertNotEquals(oldAccess, second.path("accessToken"));
        bearer(second.<String>path("accessToken")).get("/api/me").then().statusCode(200);
        bearer(oldAccess).get("/api/me").then().statusCode(401);
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh))
                .post("/api/auth/refresh").then().statusCode(401);
    }

    @Test
    void signOutPasswordChangeAndDisablingRevokeTokens() {
        TestUser planner = TestUsers.planner();
        String a = accessToken(planner.username(), TestUsers.PASSWORD);
        String b = accessToken(planner.username(), TestUsers.PASSWORD);
        bearer(a).post("/api/auth/sign-out").then().statusCode(204);
        bearer(a).get("/api/me").then().statusCode(401);
        bearer(b).get("/api/me").then().statusCode(200);

        // password change: every token of the account is revoked
        String c = accessToken(planner.username(), TestUsers.PASSWORD);
        bearer(c).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "another-secret-2"))
                .put("/api/me/password").then().statusCode(204);
        bearer(b).get("/api/me").then().statusCode(401);
        bearer(c).get("/api/me").then().statusCode(401);

        // an administrator disables the account: tokens revoked, no sign-in; enabling lets it in again
        String d = accessToken(planner.username(), "another-secret-2");
        bearer(d).get("/api/me").then().statusCode(200);
        Api.given().post("/api/users/" + planner.id() + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        bearer(d).get("/api/me").then().statusCode(401);
        Api.as(planner.username(), "another-secret-2").get("/api/me").then().statusCode(401);
        token(planner.username(), "another-secret-2").then().statusCode(401);
        Api.given().post("/api/users/" + planner.id() + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        bearer(accessToken(planner.username(), "another-secret-2")).get("/api/me").then().statusCode(200);
    }

    @Test
    void passwordPolicyRefusesShortCommonUsernameAndSamePasswords() {
        TestUser planner = TestUsers.planner();
        for (String bad : new String[] {"short-1", "password123", planner.username(), planner.username().toUpperCase() + "1",
                TestUsers.PASSWORD}) {
            planner.given().contentType(ContentType.JSON)
                    .body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", bad))
                    .put("/api/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        }
        Api.given().contentType(ContentType.JSON)
                .body(Map.of("username", "policy-" + System.nanoTime(), "password", "qwertyuiop", "role", "PLANNER"))
                .post("/api/users").then().statusCode(400).body("errors[0].field", equalTo("password"));
    }

    @Test
    void repeatedWrongPasswordsLockThatAccountFromThisAddressWith429() {
        TestUser victim = TestUsers.planner();
        int locked = 0;
        for (int i = 0; i < 6; i++) {
            int status = token(victim.username(), "wrong-password-" + i).statusCode();
            if (status == 429) {
                locked++;
            } else {
                assertEquals(401, status);
            }
        }
        assertEquals(2, locked, "the 5th failure locks, the 6th is refused before any password check");
        // locked: even the right password is refused, over Basic too, with Retry-After
        token(victim.username(), TestUsers.PASSWORD).then().statusCode(429).header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        victim.given().get("/api/me").then().statusCode(429).header("Retry-After", notNullValue());
        // other accounts from the same address are not locked
        TestUsers.planner().given().get("/api/me").then().statusCode(200);
    }

    @Test
    void malformedBasicCredentialsAre401() {
        for (String header : new String[] {"Basic %%%%", "Basic", "Basic bm9jb2xvbg==", "Bearer", "Basic ====="}) {
            RestAssured.given().header("Authorization", header).get("/api/me").then().statusCode(401);
        }
    }
}
