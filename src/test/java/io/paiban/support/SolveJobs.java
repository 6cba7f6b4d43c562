package io.paiban.support;

import io.restassured.path.json.JsonPath;

import java.time.Duration;

import static io.paiban.support.Api.given;
import static org.junit.jupiter.api.Assertions.fail;

/** Waits for an asynchronous solve job through the REST API, as a client would. */
public final class SolveJobs {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(90);

    private SolveJobs() {
    }

    /** Polls {@code GET /api/solve-jobs/{id}} until the job has left QUEUED and SOLVING; returns its last view. */
    public static JsonPath awaitJob(int jobId) {
        return awaitJob(jobId, DEFAULT_WAIT);
    }

    public static JsonPath awaitJob(int jobId, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath job = given().get("/api/solve-jobs/" + jobId).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (!status.equals("QUEUED") && !status.equals("SOLVING")) {
                return job;
            }
            sleep();
        }
        fail("solve job " + jobId + " did not finish in " + wait.toSeconds() + " s");
        return null;
    }

    private static void sleep() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a solve job", e);
        }
    }
}
