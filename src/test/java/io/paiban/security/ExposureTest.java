package io.paiban.security;

import io.paiban.support.Api;
import io.paiban.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Security headers, metrics behind a role, readiness without the database address. */
@QuarkusTest
class ExposureTest {

    @Test
    void apiResponsesCarryNoSniffFrameOptionsAndNoStore() {
        Api.given().get("/api/me").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", containsString("no-store"));
        RestAssured.given().get("/api/me").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"));
    }

    @Test
    void consolePagesGetAContentSecurityPolicyAndApiDoesNot() {
        RestAssured.given().get("/").then().header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Frame-Options", "DENY");
        Api.given().get("/api/me").then().header("Content-Security-Policy", nullValue());
    }

    @Test
    void metricsNeedTheAdminRole() {
        RestAssured.given().redirects().follow(false).get("/q/metrics").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic realm"));
        TestUsers.planner().given().get("/q/metrics").then().statusCode(403);
        Api.given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void readinessShowsNoDatabaseAddress() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body(not(containsString("127.0.0.1")))
                .body(not(containsString("jdbc")));
    }

    @Test
    void theLoopbackRuleForDemoPasswords() {
        org.junit.jupiter.api.Assertions.assertFalse(DemoExposure.mustChangePassword(true, false, "127.0.0.1"));
        org.junit.jupiter.api.Assertions.assertFalse(DemoExposure.mustChangePassword(true, false, "localhost"));
        org.junit.jupiter.api.Assertions.assertTrue(DemoExposure.mustChangePassword(true, false, "0.0.0.0"));
        org.junit.jupiter.api.Assertions.assertTrue(DemoExposure.mustChangePassword(true, false, "10.1.2.3"));
        org.junit.jupiter.api.Assertions.assertFalse(DemoExposure.mustChangePassword(true, true, "0.0.0.0"));
        org.junit.jupiter.api.Assertions.assertFalse(DemoExposure.mustChangePassword(false, false, "0.0.0.0"));
    }
}
