package io.paiban.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void healthReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("database"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/api/sites").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void openApiDescribesTheMasterDataAndSwaggerUiIsServed() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/clients/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/agents"))
                .body("paths.'/api/clients'.post.summary", equalTo("Create a client shop"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void httpErrorsAnswerWithAProblem() {
        given().get("/api/does-not-exist").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/clients").then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
        given().contentType("text/plain").body("hello").post("/api/clients")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }
}
