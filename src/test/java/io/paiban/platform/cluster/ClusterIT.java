package io.paiban.platform.cluster;

import io.paiban.platform.db.EmbeddedMariaDb;
import io.paiban.support.MariaDbTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two replicas of the packaged application (target/quarkus-app, built by {@code package} before failsafe runs this in
 * {@code verify}) as separate JVMs on one embedded MariaDB: a scheduled job fires once per period with both up; two
 * solves sent to different replicas are solved once each; the replica solving a third job is killed with
 * {@code kill -9} and the other takes the job over from its last saved best roster; SSE on the other replica reports
 * the progress of the job solving on the first. Short limits (leases of 6 s, saves every second) keep it near a minute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {

    private static final String USER = "it-admin";
    private static final String PASSWORD = "it-admin-password";
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final int LEASE_SECONDS = 6;

    private EmbeddedMariaDb db;
    private Replica a;
    private Replica b;
    private int site;
    private int staffingRun;

    record Replica(String name, int port, Process process, Path log) {
        RequestSpecification given() {
            return RestAssured.given().port(port).auth().preemptive().basic(USER, PASSWORD);
        }
    }

    @BeforeAll
    void startDatabaseAndTwoReplicas() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run after package: " + jar);
        Path home = Path.of("target", "cluster-it-mariadb").toAbsolutePath();
        MariaDbTestResource.deleteRecursively(home.resolve("data"));
        db = EmbeddedMariaDb.startDisposable(home, 0);
        a = launch("A", jar);
        awaitReady(a); // the first replica migrates the schema and creates the administrator
        b = launch("B", jar);
        awaitReady(b);

        RequestSpecification demo = a.given().queryParam("agents", 30).queryParam("queues", 2).queryParam("weeks", 6)
                .queryParam("historyEnd", MONDAY.toString());
        demo.post("/api/demo").then().statusCode(201);
        site = a.given().get("/api/sites").then().extract().path("[0].id");
        int forecastRun = a.given().contentType(ContentType.JSON).body(Map.of("siteId", site, "horizonWeeks", 2))
                .post("/api/forecast-runs").then().statusCode(201).extract().path("id");
        staffingRun = a.given().contentType(ContentType.JSON).body(Map.of("forecastRunId", forecastRun))
                .post("/api/staffing-runs").then().statusCode(201).extract().path("id");
    }

    @AfterAll
    void stopAll() {
        for (Replica r : new Replica[]{a, b}) {
            if (r != null && r.process().isAlive()) {
                r.process().destroy();
                try {
                    r.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                r.process().destroyForcibly();
            }
        }
        if (db != null) {
            db.close();
        }
    }

    private Replica launch(String name, Path jar) throws IOException {
        int port = freePort();
        Path log = Path.of("target", "cluster-it-" + name + ".log").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl(),
                "-Dquarkus.datasource.username=" + EmbeddedMariaDb.USER,
                "-Dquarkus.datasource.password=",
                "-Dpaiban.cluster.instance-id=replica-" + name,
                "-Dpaiban.security.bootstrap-admin.username=" + USER,
                "-Dpaiban.security.bootstrap-admin.password=" + PASSWORD,
                "-Dpaiban.security.bcrypt-cost=4",
                "-Dpaiban.demo.load-on-first-start=false",
                "-Dpaiban.attendance.cron=off",
                // the intraday job every 2 s (it finds no published roster, so a run is cheap) to count its firings
                "-Dpaiban.intraday.every=2s",
                "-Dpaiban.intraday.delay=1s",
                "-Dpaiban.roster.max-concurrent-solves=1",
                "-Dpaiban.roster.lease-seconds=" + LEASE_SECONDS,
                "-Dpaiban.roster.save-every=1s",
                "-Dpaiban.roster.poll-every=1s",
                "-Dpaiban.roster.bound-seconds=1",
                "-jar", jar.toString()));
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Replica(name, port, process, log);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitReady(Replica r) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!r.process().isAlive()) {
                fail("replica " + r.name() + " exited: " + tail(r.log()));
            }
            try {
                if (RestAssured.given().port(r.port()).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet (rest-assured rethrows the ConnectException unchecked)
            }
            Thread.sleep(500);
        }
        fail("replica " + r.name() + " not ready: " + tail(r.log()));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private int createRoster(Replica r, String label) {
        return r.given().contentType(ContentType.JSON)
                .body(Map.of("siteId", site, "staffingRunId", staffingRun, "weeks", 1, "label", label))
                .post("/api/rosters").then().statusCode(201).extract().path("id");
    }

    private static JsonPath awaitJob(Replica r, int jobId, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            JsonPath job = r.given().get("/api/solve-jobs/" + jobId).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (!status.equals("QUEUED") && !status.equals("SOLVING")) {
                return job;
            }
            Thread.sleep(300);
        }
        fail("job " + jobId + " did not finish in " + seconds + " s");
        return null;
    }

    private List<Map<String, Object>> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void twoReplicasShareTheWorkAndSurviveAKill() throws Exception {
        // 1. scheduled jobs: with both replicas up, each firing of the intraday trigger ran on one replica only
        Thread.sleep(4_000);
        List<Map<String, Object>> runs = query("SELECT scheduled_for, COUNT(*) AS n FROM scheduled_job_run WHERE job_name = 'intraday'"
                + " GROUP BY scheduled_for ORDER BY scheduled_for");
        assertTrue(runs.size() >= 3, "the 2 s intraday trigger fired: " + runs);
        for (Map<String, Object> run : runs) {
            assertEquals(1L, ((Number) run.get("n")).longValue(), "a firing ran on more than one replica: " + runs);
        }

        // 2. two solves sent to different replicas: each is claimed and solved once
        int rosterA = createRoster(a, "sent to A");
        int rosterB = createRoster(b, "sent to B");
        Map<String, Object> shortSolve = Map.of("timeLimitSeconds", 4);
        int jobA = a.given().contentType(ContentType.JSON).body(shortSolve).post("/api/rosters/" + rosterA + "/solve")
                .then().statusCode(202).extract().path("id");
        int jobB = b.given().contentType(ContentType.JSON).body(shortSolve).post("/api/rosters/" + rosterB + "/solve")
                .then().statusCode(202).extract().path("id");
        // the same roster again, on the other replica, while its job is live: refused, not queued twice
        b.given().contentType(ContentType.JSON).body(shortSolve).post("/api/rosters/" + rosterA + "/solve").then().statusCode(409);
        JsonPath doneA = awaitJob(b, jobA, 60);
        JsonPath doneB = awaitJob(a, jobB, 60);
        assertEquals("DONE", doneA.getString("status"), doneA.prettify());
        assertEquals("DONE", doneB.getString("status"), doneB.prettify());
        assertEquals(1, doneA.getInt("attempts"));
        assertEquals(1, doneB.getInt("attempts"));
        assertEquals(1L, ((Number) query("SELECT COUNT(*) AS n FROM solve_job WHERE roster_id = " + rosterA).get(0).get("n")).longValue());
        assertEquals(1L, ((Number) query("SELECT COUNT(*) AS n FROM solve_job WHERE roster_id = " + rosterB).get(0).get("n")).longValue());

        // 3. a job solving on A, followed over SSE on B, then A is killed and B takes the job over
        int rosterC = createRoster(a, "A dies");
        int jobC = a.given().contentType(ContentType.JSON).body(Map.of("timeLimitSeconds", 24, "unimprovedSeconds", 8))
                .post("/api/rosters/" + rosterC + "/solve").then().statusCode(202).extract().path("id");
        long deadline = System.currentTimeMillis() + 60_000;
        JsonPath running;
        do {
            Thread.sleep(300);
            running = b.given().get("/api/solve-jobs/" + jobC).then().statusCode(200).extract().jsonPath();
        } while (!(running.getString("status").equals("SOLVING") && running.getInt("saves") >= 1)
                && System.currentTimeMillis() < deadline);
        assertEquals("SOLVING", running.getString("status"), running.prettify());
        assertEquals("replica-A", running.getString("owner"));

        List<String> events = sse(b, jobC, 3);
        assertTrue(events.stream().allMatch(e -> e.contains("\"status\":\"SOLVING\"")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.contains("\"bestScore\":\"") && e.contains("\"seq\":")),
                "B streams the scores A finds: " + events);

        // the last best roster A saved before it dies
        Map<String, Object> saved = query("SELECT best_score, improvements FROM solve_job WHERE id = " + jobC).get(0);
        new ProcessBuilder("kill", "-9", String.valueOf(a.process().pid())).inheritIO().start().waitFor();
        a.process().waitFor();
        Map<String, Object> lastSaved = query("SELECT best_score, improvements, saves FROM solve_job WHERE id = " + jobC).get(0);
        HardMediumSoftLongScore savedScore = HardMediumSoftLongScore.parseScore((String) lastSaved.get("best_score"));
        int savedImprovements = ((Number) lastSaved.get("improvements")).intValue();
        assertTrue(savedImprovements >= ((Number) saved.get("improvements")).intValue());

        long killedAt = System.currentTimeMillis();
        JsonPath takenOver = awaitJob(b, jobC, 90);
        assertEquals("DONE", takenOver.getString("status"), takenOver.prettify());
        assertEquals(2, takenOver.getInt("attempts"), "claimed by A, then taken over by B");
        assertEquals("replica-B", takenOver.getString("owner"));
        HardMediumSoftLongScore finalScore = HardMediumSoftLongScore.parseScore(takenOver.getString("bestScore"));
        assertTrue(finalScore.compareTo(savedScore) >= 0, "B went on from A's saved " + savedScore + ", ended " + finalScore);
        // B started from the saved roster, not from scratch: none of its new bests is worse than what A saved
        for (Map<String, Object> p : query("SELECT seq, score FROM solve_job_point WHERE job_id = " + jobC + " AND seq > " + savedImprovements)) {
            HardMediumSoftLongScore s = HardMediumSoftLongScore.parseScore((String) p.get("score"));
            assertTrue(s.compareTo(savedScore) >= 0, "point " + p + " after takeover is worse than the saved " + savedScore);
        }
        assertTrue(Files.readString(b.log()).contains("Took over solve job " + jobC), tail(b.log()));
        assertTrue(System.currentTimeMillis() - killedAt < 90_000);
        // the roster holds a full week of assignments written by both owners
        List<Map<String, Object>> assignments = b.given().get("/api/rosters/" + rosterC + "/assignments").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertNotEquals(0, assignments.size());
    }

    /** The first {@code count} server-sent events of a job's progress stream on a replica. */
    private static List<String> sse(Replica r, int jobId, int count) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + r.port() + "/api/solve-jobs/" + jobId + "/events"))
                .header("Authorization", "Basic " + auth).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        List<String> events = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while (events.size() < count && (line = in.readLine()) != null) {
                if (line.startsWith("data:")) {
                    events.add(line.substring(5).trim());
                }
            }
        }
        return events;
    }
}
