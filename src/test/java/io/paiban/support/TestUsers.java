package io.paiban.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accounts of every role, created through POST /api/users as the test administrator. */
public final class TestUsers {

    public static final String PASSWORD = "secret-password-1";

    private TestUsers() {
    }

    /** A signed-in test account; {@link #given()} starts a request with its credentials. */
    public record TestUser(long id, String username, String role) {
        public RequestSpecification given() {
            return Api.as(username, PASSWORD);
        }
    }

    public static TestUser admin() {
        return create("ADMIN", null, null, List.of(), List.of());
    }

    public static TestUser planner() {
        return create("PLANNER", null, null, List.of(), List.of());
    }

    public static TestUser supervisor(List<Long> siteIds, List<Long> clientIds) {
        return create("SUPERVISOR", null, null, siteIds, clientIds);
    }

    public static TestUser agent(long agentId) {
        return create("AGENT", agentId, null, List.of(), List.of());
    }

    public static TestUser clientViewer(long clientId) {
        return create("CLIENT_VIEWER", null, clientId, List.of(), List.of());
    }

    private static TestUser create(String role, Long agentId, Long clientId, List<Long> siteIds, List<Long> clientIds) {
        String username = Fixtures.unique(role.toLowerCase().replace('_', '-'));
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", role);
        body.put("agentId", agentId);
        body.put("clientId", clientId);
        body.put("siteIds", siteIds);
        body.put("clientIds", clientIds);
        int id = Api.given().contentType(ContentType.JSON).body(body).post("/api/users")
                .then().statusCode(201).extract().path("id");
        return new TestUser(id, username, role);
    }
}
