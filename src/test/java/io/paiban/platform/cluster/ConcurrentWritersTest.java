package io.paiban.platform.cluster;

import io.agroal.api.AgroalDataSource;
import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Read-modify-write paths with several writers at once, as several replicas would send them: each ends in a correct
 * state, and a request that lost the race gets a clean 409 problem, never a 500.
 */
@QuarkusTest
class ConcurrentWritersTest {

    @Inject
    AgroalDataSource dataSource;

    private static List<Integer> race(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void issuingACalendarFeedFromManyRequestsLeavesOneLiveToken() throws Exception {
        int site = Fixtures.site();
        int client = Fixtures.client("JD");
        int queue = Fixtures.queue(client, site, "PHONE", "AFTER_SALE");
        int agentId = Fixtures.agent(site, List.of(queue));
        TestUsers.TestUser agent = TestUsers.agent(agentId);
        for (int round = 0; round < 3; round++) {
            List<Integer> statuses = race(4, () -> agent.given().post("/api/me/calendar-feed").then().extract().statusCode());
            assertTrue(statuses.contains(201), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "a lost race is a 409, never a 500: " + statuses);
            assertEquals(1, count("SELECT COUNT(*) FROM calendar_feed_token WHERE agent_id = " + agentId + " AND revoked_at IS NULL"));
        }
    }
}
