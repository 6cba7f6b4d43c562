package io.paiban.security;

import io.paiban.support.Api;
import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.paiban.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every operation in the OpenAPI document, called anonymously and as each role. The expected policy
 * is written out here, apart from the annotations it checks: an endpoint nobody listed fails the
 * test, so a new endpoint cannot ship without a decision about who may call it. Ids in paths are
 * unknown ones and bodies are invalid, so allowed calls end in 400/404/409/422 without storing anything.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.PLANNER);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> ADMIN_SUPERVISOR = EnumSet.of(Role.ADMIN, Role.SUPERVISOR);
    private static final Set<Role> ADMIN_PLANNER = EnumSet.of(Role.ADMIN, Role.PLANNER);
    private static final Set<Role> AGENT = EnumSet.of(Role.AGENT);
    private static final Set<Role> READERS_OF_CLIENT_DATA = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.PLANNER, Role.CLIENT_VIEWER);
    private static final Set<Role> STATEMENT_READERS = EnumSet.of(Role.ADMIN, Role.PLANNER, Role.CLIENT_VIEWER);
    private static final Set<Role> PUBLIC = EnumSet.noneOf(Role.class);

    /** First matching rule wins: method regex, path regex (OpenAPI template), roles allowed. */
    private record Rule(String method, String path, Set<Role> roles) {
        boolean matches(String m, String p) {
            return Pattern.matches(method, m) && Pattern.matches(path, p);
        }
    }

    private static final List<Rule> POLICY = List.of(
            new Rule("GET", "/api/calendar-feeds/\\{token\\}\\.ics", PUBLIC),
            new Rule("POST", "/api/auth/(token|refresh)", PUBLIC),
            new Rule("POST", "/api/auth/sign-out", ALL),
            new Rule("DELETE", "/api/agents/\\{agentId\\}/calendar-feed", ADMIN_SUPERVISOR),
            new Rule(".*", "/api/me(/password)?", ALL),
            new Rule(".*", "/api/me/(shifts|calendar-feed)", AGENT),
            new Rule(".*", "/api/me/(intraday-offers|attendance)(/.*)?", AGENT),
            new Rule(".*", "/api/me/(leave-requests|swap-requests|notifications).*", AGENT),
            new Rule("GET", "/api/me/commission", AGENT),
            new Rule("GET", "/api/sales/.*", STAFF),
            new Rule(".*", "/api/sales/.*", ADMIN_SUPERVISOR),
            new Rule(".*", "/api/(leave-requests|swap-requests).*", ADMIN_SUPERVISOR),
            new Rule(".*", "/api/intraday/.*", ADMIN_SUPERVISOR),
            new Rule("POST", "/api/capacity-plans", ADMIN_PLANNER),
            new Rule("GET", "/api/capacity-plans(/\\{id\\})?", STAFF),
            new Rule("GET", "/api/attendance/(conduct-violations|team-fund|awards)", STAFF),
            new Rule("GET", "/api/attendance/my-team-fund", AGENT),
            new Rule(".*", "/api/attendance/.*", ADMIN_SUPERVISOR),
            new Rule("DELETE", "/api/training-courses/\\{id\\}", ADMIN_SUPERVISOR),
            new Rule(".*", "/api/training-courses/\\{id\\}/completions", ADMIN_SUPERVISOR),
            new Rule(".*", "/api/training-courses.*", STAFF),
            new Rule("GET", "/api/(activity-rules|break-windows|activities).*", STAFF),
            new Rule(".*", "/api/(activity-rules|activities).*", ADMIN_SUPERVISOR),
            new Rule(".*", "/api/break-windows.*", ADMIN),
            new Rule("POST", "/api/handover-notes", EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.AGENT)),
            new Rule("GET", "/api/handover-notes", EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.PLANNER, Role.AGENT)),
            new Rule("GET", "/api/handover-notes/missing", STAFF),
            new Rule("POST", "/api/rosters/\\{id\\}/activities/plan", ADMIN_PLANNER),
            new Rule(".*", "/api/users.*", ADMIN),
            new Rule(".*", "/api/demo", ADMIN),
            new Rule("GET", "/api/(clients|queues)(/\\{id\\})?", READERS_OF_CLIENT_DATA),
            new Rule("GET", "/api/sites(/\\{id\\})?|/api/shift-templates(/\\{id\\})?|/api/shift-template-windows(/\\{id\\})?", STAFF),
            new Rule(".*", "/api/shift-template-windows.*", ADMIN),
            new Rule(".*", "/api/(clients|queues|sites|shift-templates).*", ADMIN),
            new Rule("GET", "/api/agents.*", STAFF),
            new Rule(".*", "/api/agents.*", ADMIN_SUPERVISOR),
            new Rule("GET", "/api/calendar-events.*", STAFF),
            new Rule(".*", "/api/calendar-events.*", ADMIN_PLANNER),
            new Rule(".*", "/api/(history|forecast-runs|forecast-models|forecast-accuracy|event-multipliers|shrinkage-rules).*", ADMIN_PLANNER),
            new Rule("POST", "/api/staffing/(what-if|evaluate)", STAFF),
            new Rule("GET", "/api/staffing-runs(/\\{id\\})?", STAFF),
            new Rule(".*", "/api/staffing-runs.*", ADMIN_PLANNER),
            new Rule("GET", "/api/(rosters|solve-jobs|roster-weights).*", STAFF),
            new Rule(".*", "/api/(rosters|solve-jobs|roster-weights).*", ADMIN_SUPERVISOR),
            new Rule(".*", "/api/(absences|agent-preferences|flex-offers).*", ADMIN_SUPERVISOR),
            new Rule("GET", "/api/(service-metrics|compliance).*", READERS_OF_CLIENT_DATA),
            new Rule("POST", "/api/actuals/\\{kind\\}", ADMIN_PLANNER),
            new Rule("GET", "/api/(statements|contracts).*", STATEMENT_READERS),
            new Rule(".*", "/api/(statements|contracts).*", ADMIN));

    private final Map<Role, TestUser> users = new EnumMap<>(Role.class);

    /** Once per class; in @BeforeEach because rest-assured learns the test port only then. */
    @BeforeEach
    void usersOfEveryRole() {
        if (!users.isEmpty()) {
            return;
        }
        int site = Fixtures.site();
        int client = Fixtures.client("TMALL");
        int queue = Fixtures.queue(client, site, "PHONE", "PRE_SALE");
        users.put(Role.ADMIN, TestUsers.admin());
        users.put(Role.PLANNER, TestUsers.planner());
        users.put(Role.SUPERVISOR, TestUsers.supervisor(List.of((long) site), List.of((long) client)));
        users.put(Role.AGENT, TestUsers.agent(Fixtures.agent(site, List.of(queue))));
        users.put(Role.CLIENT_VIEWER, TestUsers.clientViewer(client));
    }

    record Operation(String method, String path, String contentType) {
        String concretePath() {
            return path.replace("{token}", "no-such-token").replaceAll("\\{date}", "2026-11-30").replaceAll("\\{name}", "no-such-name")
                    .replaceAll("\\{[^}]+}", "987654321");
        }
    }

    private List<Operation> operations() {
        JsonPath doc = Api.anonymous().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            String contentType = null;
            Object body = operation.get("requestBody");
            if (body instanceof Map<?, ?> b && b.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
                contentType = content.keySet().iterator().next().toString();
            }
            operations.add(new Operation(method.toUpperCase(), path, contentType));
        }));
        return operations;
    }

    private static Set<Role> allowed(Operation op) {
        return POLICY.stream().filter(r -> r.matches(op.method(), op.path())).findFirst().map(Rule::roles)
                .orElseThrow(() -> new AssertionError("no access rule for " + op.method() + " " + op.path()
                        + ": add one to AccessMatrixTest.POLICY"));
    }

    private static Response call(RequestSpecification request, Operation op) {
        if (op.contentType() != null) {
            // an unknown field (JSON) or a header-less file: allowed callers get 400, nothing is ever stored
            request = request.contentType(op.contentType())
                    .body(op.contentType().contains("json") ? "{\"accessMatrixProbe\": true}" : "no,such,header\n");
        }
        if (op.path().equals("/api/demo")) {
            request = request.queryParam("agents", 1); // out of range: 400 if allowed, never a real load
        }
        return request.request(op.method(), op.concretePath());
    }

    @Test
    void everyOperationHasARuleAndTheDocumentListsThemAll() {
        List<Operation> operations = operations();
        assertTrue(operations.size() > 80, "OpenAPI lists " + operations.size() + " operations");
        operations.forEach(AccessMatrixTest::allowed);
    }

    @Test
    void anonymousCallersGet401WithABasicChallengeExceptOnTheTokenFeed() {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            Response response = call(Api.anonymous(), op);
            // public: the feed answers 404 for an unknown token, sign-in 400 for the probe body
            int expected = allowed(op) == PUBLIC ? (op.path().startsWith("/api/auth/") ? 400 : 404) : 401;
            if (response.statusCode() != expected) {
                wrong.add(op.method() + " " + op.path() + " -> " + response.statusCode() + " (expected " + expected + ")");
            } else if (expected == 401 && !String.valueOf(response.header("WWW-Authenticate")).contains("Basic realm=\"Paiban\"")) {
                wrong.add(op.method() + " " + op.path() + " has no Basic challenge");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void wrongPasswordIs401() {
        Api.as(Api.ADMIN_USER, "not-the-password").get("/api/sites").then().statusCode(401)
                .contentType("application/problem+json");
        Api.as("nobody-" + System.nanoTime(), "whatever-password").get("/api/sites").then().statusCode(401);
    }

    @Test
    void everyRoleGets403OutsideItsRightsAndPassesTheGateInside() {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            Set<Role> allowed = allowed(op);
            for (Role role : Role.values()) {
                int status = call(users.get(role).given(), op).statusCode();
                boolean passed = status != 401 && status != 403;
                if ((allowed == PUBLIC || allowed.contains(role)) != passed) {
                    wrong.add(role + " " + op.method() + " " + op.path() + " -> " + status);
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " calls broke the policy:\n" + String.join("\n", wrong));
        }
    }
}
