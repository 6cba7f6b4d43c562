package io.paiban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load on GET /api/me/shifts (one week) with bearer tokens of up to 150 distinct agents. For each
 * rate step it sends requests at the planned instants (latency is measured from the planned instant, so a
 * stalled server is not hidden), then prints rate, achieved throughput, p50, p99 and errors. Stops at
 * saturation (p99 over 1 s or more than 1 % errors).
 *
 * <p>Usage: ApiLoadBenchmark baseUrl adminUser adminPassword [agents] [secondsPerStep] [rates...]
 */
public final class ApiLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENT_PASSWORD = "bench-agent-password-1";

    private ApiLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String adminUser = args.length > 1 ? args[1] : "admin";
        String adminPassword = args.length > 2 ? args[2] : "admin-demo";
        int agents = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int[] rates = args.length > 5 ? Arrays.stream(args, 5, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {50, 100, 200, 300, 400, 500, 600, 800, 1000};

        // a fixed pool of platform threads for the client's I/O (no virtual threads)
        ExecutorService io = Executors.newFixedThreadPool(8);
        HttpClient http = HttpClient.newBuilder().executor(io).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> tokens = tokens(http, base, adminUser, adminPassword, agents);
        System.out.printf(Locale.ROOT, "%d agents signed in; %d s per step%n", tokens.size(), seconds);
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        URI uri = URI.create(base + "/api/me/shifts?from=" + monday + "&to=" + monday.plusDays(6));

        // warm-up: fills the token cache and the JIT
        step(http, uri, tokens, 50, 3);
        // -Dpaiban.bench.stop-at-saturation=false runs every rate (to measure how load is shed past saturation)
        boolean stopAtSaturation = Boolean.parseBoolean(System.getProperty("paiban.bench.stop-at-saturation", "true"));
        System.out.println("rate/s  achieved/s  p50 ms  p99 ms  max ms  p99 of 200s ms  errors  (status counts of errors)");
        for (int rate : rates) {
            Result r = step(http, uri, tokens, rate, seconds);
            System.out.printf(Locale.ROOT, "%6d  %10.0f  %6.1f  %6.1f  %6.0f  %14.1f  %6d  %s%n", rate, r.achieved, r.p50, r.p99,
                    r.max, r.p99Ok, r.errors, r.errorKinds);
            if (stopAtSaturation && (r.p99 > 1000 || r.errors > r.sent / 100)) {
                System.out.println("saturated at " + rate + " requests/s");
                break;
            }
        }
        io.shutdownNow();
    }

    record Result(int sent, double achieved, double p50, double p99, double max, double p99Ok, int errors, String errorKinds) {
    }

    static Result step(HttpClient http, URI uri, List<String> tokens, int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> okLatencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long planned = start + i * intervalNanos;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String token = tokens.get(ThreadLocalRandom.current().nextInt(tokens.size()));
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30)).GET().build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long latency = System.nanoTime() - planned;
                latencies.add(latency);
                if (failure == null && response.statusCode() == 200) {
                    okLatencies.add(latency);
                }
                if (failure != null) {
                    errors.add(failure.getClass().getSimpleName());
                } else if (response.statusCode() != 200) {
                    errors.add(String.valueOf(response.statusCode()));
                }
                done.incrementAndGet();
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(35);
        while (done.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] sortedOk = okLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        java.util.Map<String, Long> kinds = new java.util.TreeMap<>();
        errors.forEach(e -> kinds.merge(e, 1L, Long::sum));
        int missing = total - done.get();
        if (missing > 0) {
            kinds.merge("no answer", (long) missing, Long::sum);
        }
        return new Result(total, done.get() / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, percentile(sortedOk, 0.99), errors.size() + missing, kinds.isEmpty() ? "" : kinds.toString());
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** One AGENT account per agent (created once, reused on later runs) and a bearer token for each. */
    static List<String> tokens(HttpClient http, String base, String adminUser, String adminPassword, int count) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
        JsonNode page = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(base + "/api/agents?status=ACTIVE&size=500"))
                .header("Authorization", basic).GET().build(), 200));
        JsonNode users = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(base + "/api/users?role=AGENT"))
                .header("Authorization", basic).GET().build(), 200));
        java.util.Map<Long, String> usernameByAgent = new java.util.HashMap<>();
        users.forEach(u -> usernameByAgent.put(u.get("agentId").asLong(), u.get("username").asText()));
        List<String> tokens = new ArrayList<>();
        for (JsonNode agent : page.get("items")) {
            if (tokens.size() >= count) {
                break;
            }
            long agentId = agent.get("id").asLong();
            String username = usernameByAgent.get(agentId);
            if (username == null) {
                username = "bench-agent-" + agentId;
                String body = JSON.writeValueAsString(java.util.Map.of("username", username, "password", AGENT_PASSWORD,
                        "role", "AGENT", "agentId", agentId));
                send(http, HttpRequest.newBuilder(URI.create(base + "/api/users")).header("Authorization", basic)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201);
            } else if (!username.startsWith("bench-agent-")) {
                continue; // a demo or hand-made account whose password we do not know
            }
            String login = JSON.writeValueAsString(java.util.Map.of("username", username, "password", AGENT_PASSWORD));
            JsonNode token = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(login)).build(), 200));
            tokens.add(token.get("accessToken").asText());
        }
        return tokens;
    }

    static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " -> " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
