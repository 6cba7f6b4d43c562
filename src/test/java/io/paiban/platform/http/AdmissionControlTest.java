package io.paiban.platform.http;

import io.paiban.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Past the admission limit an /api request is answered 503 with Retry-After at once, health and the console's
 * sign-in are not shed, every way a request ends frees its slot, and after the burst everything answers 200.
 * The limit is 2 here; requests are held in flight for real by sending their headers and only part of the body.
 */
@QuarkusTest
@TestProfile(AdmissionControlTest.TwoInFlight.class)
class AdmissionControlTest {

    public static class TwoInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("paiban.http.admission.max-in-flight", "2");
        }
    }

    private static final String BODY = "{\"username\":\"nobody-here\",\"password\":\"not-a-password-1\"}";

    @Test
    void pastTheLimitRequestsAre503AtOnceAndEveryEndFreesItsSlot() throws Exception {
        waitForInFlight(0);
        double shedBefore = metric("paiban_http_shed_total");
        Socket first = holdInFlight();
        Socket second = holdInFlight();
        try {
            waitForInFlight(2);

            // a burst released together: every one is shed, quickly, with Retry-After and a problem body
            List<Response> burst = burst(12);
            for (Response r : burst) {
                assertEquals(503, r.statusCode(), r.asString());
                assertEquals("1", r.header("Retry-After"));
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                assertEquals("https://paiban.io/problems/service-unavailable", r.jsonPath().getString("type"));
                assertEquals(503, r.jsonPath().getInt("status"));
                assertTrue(r.header("Cache-Control").contains("no-store"), "API headers on a shed answer too");
                assertEquals("nosniff", r.header("X-Content-Type-Options"));
                assertTrue(r.timeIn(java.util.concurrent.TimeUnit.MILLISECONDS) < 1000,
                        "shed at once, took " + r.timeIn(java.util.concurrent.TimeUnit.MILLISECONDS) + " ms");
            }
            assertTrue(metric("paiban_http_shed_total") >= shedBefore + 12, "shed requests are counted");

            // not shed: health probes and the console's sign-in page
            RestAssured.given().get("/q/health/ready").then().statusCode(200);
            RestAssured.given().redirects().follow(false).get("/console/sign-in").then().statusCode(200);
            Api.given().get("/q/metrics").then().statusCode(200);

            // one held request completes normally (a wrong sign-in: 401), the other's connection is cut
            finish(first);
            waitForInFlight(1);
            second.close();
            waitForInFlight(0);
        } finally {
            first.close();
            second.close();
        }

        // after the burst every request answers again
        for (int i = 0; i < 5; i++) {
            Api.given().get("/api/me").then().statusCode(200).body("username", equalTo(Api.ADMIN_USER));
        }
        waitForInFlight(0);
    }

    @Test
    void aBurstOfRealCallsGets200Or503NeverAnythingElseAndTheCountReturnsToZero() throws Exception {
        waitForInFlight(0);
        for (int round = 0; round < 3; round++) {
            List<Response> burst = burst(16);
            for (Response r : burst) {
                assertTrue(r.statusCode() == 200 || r.statusCode() == 503, r.statusCode() + " " + r.asString());
                if (r.statusCode() == 503) {
                    assertEquals("1", r.header("Retry-After"));
                }
            }
            assertTrue(burst.stream().anyMatch(r -> r.statusCode() == 200), "some are admitted");
            waitForInFlight(0);
        }
        Api.given().get("/api/me").then().statusCode(200);
    }

    /** Sends the headers and half the body of a sign-in: the request is in flight until the body completes. */
    private static Socket holdInFlight() throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        socket.setSoTimeout(10_000);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, body.length / 2);
        out.flush();
        return socket;
    }

    private static void finish(Socket socket) throws IOException {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(body, body.length / 2, body.length - body.length / 2);
        out.flush();
        byte[] buffer = new byte[12];
        int read = socket.getInputStream().readNBytes(buffer, 0, buffer.length);
        String status = new String(buffer, 0, read, StandardCharsets.US_ASCII);
        assertTrue(status.startsWith("HTTP/1.1 401"), "the held sign-in is answered normally: " + status);
    }

    /** n admin calls of GET /api/me released together. */
    private static List<Response> burst(int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return Api.given().get("/api/me").andReturn();
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

    private static void waitForInFlight(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        double now;
        do {
            now = metric("paiban_http_in_flight");
            if (now == expected) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        assertEquals(expected, now, "API requests in flight");
    }

    private static double metric(String name) {
        String text = Api.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.Ee+-]+)$").matcher(text);
        assertTrue(m.find(), name + " is exported");
        return Double.parseDouble(m.group(1));
    }
}
