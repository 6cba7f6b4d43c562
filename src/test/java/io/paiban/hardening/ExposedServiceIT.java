package io.paiban.hardening;

import io.paiban.platform.db.EmbeddedMariaDb;
import io.paiban.support.MariaDbTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The packaged service as an operator runs it: its own embedded MariaDB, the demo center loaded on the first start, and
 * bound to 0.0.0.0 (not the loopback interface). Checks over real HTTP that (1) the demo accounts, whose passwords are
 * published, must change their password before anything else, and (2) when the embedded database server is killed
 * under the running service, /api answers 503 (never 500), readiness goes DOWN, the watchdog restarts the server with a
 * log line, and the service recovers by itself. Runs after {@code package} ({@code mvn verify}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExposedServiceIT {

    private static final String ADMIN = "it-admin";
    private static final String ADMIN_PASSWORD = "it-admin-password";

    private Path home;
    private Path log;
    private Process service;
    private int port;

    @BeforeAll
    void startTheServiceBoundToEveryAddress() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run after package: " + jar);
        // outside the temp folder, which the service refuses for its data (a checkout may lie under /tmp)
        String checkout = Integer.toHexString(Path.of("").toAbsolutePath().toString().hashCode());
        home = Path.of(System.getProperty("user.home"), ".paiban", "exposed-it", checkout);
        MariaDbTestResource.deleteRecursively(home.resolve("data"));
        port = freePort();
        log = Path.of("target", "exposed-service-it.log").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC",
                "-Dquarkus.http.host=0.0.0.0",
                "-Dquarkus.http.port=" + port,
                "-Dpaiban.embedded-db.dir=" + home,
                "-Dpaiban.embedded-db.watch-every=1s",
                "-Dpaiban.demo.agents=12", "-Dpaiban.demo.queues=2", "-Dpaiban.demo.weeks=2",
                "-Dpaiban.security.bootstrap-admin.username=" + ADMIN,
                "-Dpaiban.security.bootstrap-admin.password=" + ADMIN_PASSWORD,
                "-Dpaiban.security.bcrypt-cost=4",
                "-Dpaiban.attendance.cron=off",
                "-Dpaiban.intraday.enabled=false",
                "-jar", jar.toString()));
        service = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            if (!service.isAlive()) {
                fail("the service exited: " + tail());
            }
            try {
                if (RestAssured.given().port(port).get("/q/health/ready").statusCode() == 200
                        && RestAssured.given().port(port).auth().preemptive().basic(ADMIN, ADMIN_PASSWORD)
                        .get("/api/sites").then().extract().path("size()") instanceof Integer n && n > 0) {
                    return; // ready, and the demo center (with its accounts) is loaded
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("the service did not become ready: " + tail());
    }

    @AfterAll
    void stop() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroy(); // SIGTERM: Quarkus stops, then the embedded server is shut down cleanly
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
        if (home != null) {
            EmbeddedMariaDbReaper.stop(home.resolve("data"));
            MariaDbTestResource.deleteRecursively(home.resolve("data"));
        }
    }

    private RequestSpecification http() {
        return RestAssured.given().port(port);
    }

    private RequestSpecification admin() {
        return http().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    @Test
    @Order(1)
    void aDemoAccountMustChangeItsPublishedPasswordBeforeAnythingElse() {
        // the published password still signs in, but only to change it
        Response token = http().contentType(ContentType.JSON).body(Map.of("username", "agent", "password", "agent-demo"))
                .post("/api/auth/token");
        token.then().statusCode(200).body("passwordChangeRequired", equalTo(true));
        String bearer = "Bearer " + token.path("accessToken");

        for (String path : new String[] {"/api/me/shifts", "/api/me/leave-requests", "/api/sites"}) {
            http().header("Authorization", bearer).get(path).then().statusCode(403)
                    .contentType(containsString("application/problem+json"))
                    .body("detail", containsString("must change its password"))
                    .body("detail", containsString("PUT /api/me/password"));
        }
        // HTTP Basic with the published password: the same refusal
        http().auth().preemptive().basic("agent", "agent-demo").get("/api/me/shifts").then().statusCode(403)
                .body("detail", containsString("must change its password"));
        // what it may do: see who it is, and change the password (the policy still applies)
        http().header("Authorization", bearer).get("/api/me").then().statusCode(200).body("username", equalTo("agent"));
        http().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "agent-demo", "newPassword", "agent-demo"))
                .put("/api/me/password").then().statusCode(400);
        http().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "agent-demo", "newPassword", "Kumquat-Harbour-2026"))
                .put("/api/me/password").then().statusCode(204);

        // the change revoked the token; the published password no longer signs in; the new one works fully
        http().header("Authorization", bearer).get("/api/me").then().statusCode(401);
        http().contentType(ContentType.JSON).body(Map.of("username", "agent", "password", "agent-demo"))
                .post("/api/auth/token").then().statusCode(401);
        Response fresh = http().contentType(ContentType.JSON)
                .body(Map.of("username", "agent", "password", "Kumquat-Harbour-2026")).post("/api/auth/token");
        fresh.then().statusCode(200).body("passwordChangeRequired", equalTo(false));
        http().header("Authorization", "Bearer " + fresh.path("accessToken")).get("/api/me/shifts").then().statusCode(200);
        http().auth().preemptive().basic("agent", "Kumquat-Harbour-2026").get("/api/me/shifts").then().statusCode(200);

        // the other demo accounts are still held until they change theirs; an account made by an administrator is not
        http().auth().preemptive().basic("admin", "admin-demo").get("/api/sites").then().statusCode(403);
        admin().get("/api/sites").then().statusCode(200);
    }

    @Test
    @Order(2)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void whenTheDatabaseDiesTheApiAnswers503AndTheServiceRecoversByItself() throws Exception {
        String bearer = "Bearer " + http().contentType(ContentType.JSON)
                .body(Map.of("username", ADMIN, "password", ADMIN_PASSWORD)).post("/api/auth/token")
                .then().statusCode(200).extract().path("accessToken");
        http().header("Authorization", bearer).get("/api/sites").then().statusCode(200);

        Path pidFile = home.resolve("data").resolve(EmbeddedMariaDb.PID_FILE);
        long serverPid = Long.parseLong(Files.readString(pidFile).strip());
        assertTrue(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false));
        new ProcessBuilder("kill", "-9", String.valueOf(serverPid)).inheritIO().start().waitFor();
        long killedAt = System.nanoTime();

        // until it answers again: every /api answer is 200 or 503 with Retry-After, readiness is DOWN at some point
        Map<Integer, Integer> statuses = new TreeMap<>();
        boolean readinessDown = false;
        boolean recovered = false;
        while (System.nanoTime() - killedAt < TimeUnit.SECONDS.toNanos(90)) {
            for (Response r : List.of(http().header("Authorization", bearer).get("/api/sites"),
                    admin().get("/api/agents"))) {
                statuses.merge(r.statusCode(), 1, Integer::sum);
                assertTrue(r.statusCode() == 200 || r.statusCode() == 503,
                        "while the database is down: " + r.statusCode() + " " + r.asString());
                if (r.statusCode() == 503) {
                    assertEquals("2", r.header("Retry-After"));
                    assertEquals("https://paiban.io/problems/service-unavailable", r.jsonPath().getString("type"));
                }
            }
            Response ready = http().get("/q/health/ready");
            if (ready.statusCode() == 503) {
                readinessDown = true;
                ready.then().body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
            }
            if (statuses.containsKey(503) && ready.statusCode() == 200
                    && http().header("Authorization", bearer).get("/api/sites").statusCode() == 200
                    && admin().get("/api/agents").statusCode() == 200) {
                recovered = true;
                break;
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - killedAt) / 1e9;
        System.out.printf("database killed: statuses %s, recovered after %.1f s%n", statuses, seconds);
        assertTrue(statuses.containsKey(503), "the API said 503 while the database was down: " + statuses);
        assertTrue(readinessDown, "readiness went DOWN");
        assertTrue(recovered, "the service recovered within 90 s: " + statuses + "\n" + tail());
        assertFalse(statuses.containsKey(500));

        String text = Files.readString(log);
        assertTrue(text.contains("is not running; restarting it"), "the watchdog logged the restart");
        assertTrue(text.contains("The embedded MariaDB is running again"), "and that the server is back");
        long newPid = Long.parseLong(Files.readString(pidFile).strip());
        assertTrue(newPid != serverPid && ProcessHandle.of(newPid).map(ProcessHandle::isAlive).orElse(false), "a new server runs");
        // what was written before the crash is still there
        admin().get("/api/sites").then().statusCode(200).body("size()", org.hamcrest.Matchers.greaterThan(0));
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A server left running if the service did not stop cleanly (the test failed half-way). */
    private static final class EmbeddedMariaDbReaper {
        static void stop(Path dataDir) throws IOException {
            Path pidFile = dataDir.resolve(EmbeddedMariaDb.PID_FILE);
            if (Files.isRegularFile(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                        .filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString()))
                        .filter(p -> p.info().command().orElse("").matches(".*(mariadbd|mysqld)$"))
                        .ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }
}
