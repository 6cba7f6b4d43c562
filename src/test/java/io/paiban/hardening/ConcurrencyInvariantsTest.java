package io.paiban.hardening;

import io.paiban.support.Api;
import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants that held one request at a time hold with 12 requests released together. */
@QuarkusTest
class ConcurrencyInvariantsTest {

    static final int N = 12;

    /** Releases N requests at once (a CountDownLatch) and returns their responses. */
    static List<Response> together(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(N);
        try {
            CountDownLatch ready = new CountDownLatch(N);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    static long count(List<Response> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).count();
    }

    @RepeatedTest(2)
    void clockEventsOfOneAgentAreSerialised() throws Exception {
        int site = Fixtures.site();
        int agent = Fixtures.agent(site, List.of());
        Instant base = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        List<Response> responses = together(i -> Api.given().contentType(ContentType.JSON)
                .body(Map.of("agentId", agent, "kind", "CLOCK_IN", "occurredAt", base.plusSeconds(i).toString(),
                        "idempotencyKey", "race-" + i))
                .post("/api/attendance/events"));
        assertEquals(1, count(responses, 201), statuses(responses));
        assertEquals(N - 1, count(responses, 400), statuses(responses));
        List<?> stored = Api.given().queryParam("agentId", agent).get("/api/attendance/events").then().statusCode(200)
                .extract().path("$");
        assertEquals(1, stored.size(), "exactly one CLOCK_IN is stored");
    }

    @RepeatedTest(2)
    void retriesWithOneIdempotencyKeyAllGetTheStoredEvent() throws Exception {
        int site = Fixtures.site();
        int agent = Fixtures.agent(site, List.of());
        String at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Response> responses = together(i -> Api.given().contentType(ContentType.JSON)
                .body(Map.of("agentId", agent, "kind", "CLOCK_IN", "occurredAt", at, "idempotencyKey", "same-key"))
                .post("/api/attendance/events"));
        assertEquals(1, count(responses, 201), statuses(responses));
        assertEquals(N - 1, count(responses, 200), statuses(responses));
        long ids = responses.stream().map(r -> r.path("id").toString()).distinct().count();
        assertEquals(1, ids, "every answer names the one stored event");
        responses.forEach(r -> assertFalse(r.asString().contains("uk_"), "no constraint name leaks"));
    }

    @RepeatedTest(2)
    void overlappingLeaveRequestsAreRefusedUnderConcurrency() throws Exception {
        int site = Fixtures.site();
        int agent = Fixtures.agent(site, List.of());
        TestUsers.TestUser user = TestUsers.agent(agent);
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        List<Response> responses = together(i -> user.given().contentType(ContentType.JSON)
                .body(Map.of("firstDate", day.toString(), "lastDate", day.plusDays(i % 3).toString(), "requestKey", "leave-" + i))
                .post("/api/me/leave-requests"));
        assertEquals(1, count(responses, 201), statuses(responses));
        assertEquals(N - 1, count(responses, 409), statuses(responses));
        List<?> mine = user.given().get("/api/me/leave-requests").then().statusCode(200).extract().path("$");
        assertEquals(1, mine.size());

        // the same key sent 12 times at once: one request, every answer names it
        LocalDate later = day.plusDays(30);
        List<Response> retries = together(i -> user.given().contentType(ContentType.JSON)
                .body(Map.of("firstDate", later.toString(), "requestKey", "retry-key"))
                .post("/api/me/leave-requests"));
        assertEquals(1, count(retries, 201), statuses(retries));
        assertEquals(N - 1, count(retries, 200), statuses(retries));
    }

    @Test
    void versionedResourcesAcceptExactlyOneWriterPerVersion() throws Exception {
        int site = Fixtures.site();
        int client = Fixtures.client("JD");
        int queue = Fixtures.queue(client, site, "PHONE", "PRE_SALE");
        int agent = Fixtures.agent(site, List.of(queue));
        TestUsers.TestUser planner = TestUsers.planner();

        race("/api/users/" + planner.id(), i -> {
            Map<String, Object> b = new HashMap<>(Map.of("username", planner.username(), "role", "PLANNER"));
            b.put("displayName", "writer " + i);
            return b;
        });
        race("/api/sites/" + site, i -> new HashMap<>(Map.of("code", "S-" + site + "-" + i, "name", "writer " + i)));
        race("/api/clients/" + client, i -> new HashMap<>(Map.of("code", "C-" + client + "-" + i, "name", "writer " + i,
                "platform", "JD")));
        race("/api/queues/" + queue, i -> {
            Map<String, Object> b = Fixtures.queueBody(client, site, "PHONE", "PRE_SALE");
            b.put("name", "writer " + i);
            return b;
        });
        race("/api/agents/" + agent, i -> {
            Map<String, Object> b = Api.given().get("/api/agents/" + agent).then().statusCode(200).extract().as(Map.class);
            b.remove("id");
            b.remove("createdAt");
            b.remove("updatedAt");
            b.put("fullName", "writer " + i);
            return b;
        });
    }

    /** 12 replacements of one row, all based on the version read now: one 200, eleven 409, and the row is the winner's. */
    private static void race(String path, IntFunction<Map<String, Object>> body) throws Exception {
        for (int round = 0; round < 2; round++) {
            long version = ((Number) Api.given().get(path).then().statusCode(200).extract().path("version")).longValue();
            List<Map<String, Object>> bodies = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                Map<String, Object> b = body.apply(i + round * 100);
                b.put("version", version);
                bodies.add(b);
            }
            List<Response> responses = together(i -> Api.given().contentType(ContentType.JSON).body(bodies.get(i)).put(path));
            assertEquals(1, count(responses, 200), path + " " + statuses(responses));
            assertEquals(N - 1, count(responses, 409), path + " " + statuses(responses));
            Response winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
            long after = ((Number) Api.given().get(path).then().extract().path("version")).longValue();
            assertEquals(((Number) winner.path("version")).longValue(), after, path + ": the stored row is the winner's");
            assertTrue(after > version);
        }
    }

    static String statuses(List<Response> responses) {
        StringBuilder text = new StringBuilder();
        responses.forEach(r -> text.append(r.statusCode()).append(r.statusCode() >= 300 ? " " + r.asString() : "").append('\n'));
        return text.toString();
    }

    static RequestSpecification admin() {
        return Api.given();
    }

    static <T> T unused(Supplier<T> s) {
        return s.get();
    }
}
