package io.paiban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time of every console page, as a signed-in administrator sees it: each page is fetched a few times to warm
 * up, then {@code repeats} times one after the other; prints status, size, median and 90th percentile of the time to
 * the last byte. If no roster of the site has agent-days yet, it makes one (forecast, staffing, roster, a solve of
 * {@code solveSeconds}) so that the grid, the day view and the agent-day page have content.
 *
 * <p>Usage: ConsolePageBenchmark baseUrl adminUser adminPassword [repeats] [solveSeconds]
 */
public final class ConsolePageBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAV = Pattern.compile("<nav>(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"(/console[^\"]*)\"");

    private ConsolePageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String user = args.length > 1 ? args[1] : "admin";
        String password = args.length > 2 ? args[2] : "admin-demo";
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        int solveSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        JsonNode roster = rosterWithDays(api, base, basic, solveSeconds);
        long rosterId = roster.get("id").asLong();
        JsonNode assignments = getJson(api, base + "/api/rosters/" + rosterId + "/assignments?from=" + roster.get("firstDate").asText()
                + "&to=" + roster.get("firstDate").asText(), basic);
        long agents = assignments.size();
        JsonNode someone = assignments.get(0);

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 302) {
            throw new IllegalStateException("console sign-in answered " + signIn.statusCode());
        }

        // every page the navigation offers this account, and the roster pages with content
        Set<String> pages = new LinkedHashSet<>();
        String home = browser.send(HttpRequest.newBuilder(URI.create(base + "/console/rosters")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher nav = NAV.matcher(home);
        if (nav.find()) {
            Matcher href = HREF.matcher(nav.group(1));
            while (href.find()) {
                pages.add(href.group(1));
            }
        }
        String first = roster.get("firstDate").asText();
        pages.add("/console/rosters/" + rosterId);
        pages.add("/console/rosters/" + rosterId + "?page=" + Math.max(1, (agents + 39) / 40));
        pages.add("/console/roster-days/" + rosterId + "/day?date=" + first);
        pages.add("/console/roster-days/" + rosterId + "/agents/" + someone.get("agentId").asLong() + "/days/" + first);

        System.out.printf(Locale.ROOT, "roster %d: %d agents; %d timed requests per page after 3 warm-ups%n", rosterId, agents, repeats);
        System.out.println("page                                                      status    KiB  median ms  p90 ms");
        Map<String, double[]> results = new LinkedHashMap<>();
        for (String page : pages) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(60)).build();
            int status = 0;
            int bytes = 0;
            for (int i = 0; i < 3; i++) {
                browser.send(request, HttpResponse.BodyHandlers.ofString());
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
                times.add((System.nanoTime() - t0) / 1e6);
                status = response.statusCode();
                bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
            }
            times.sort(Double::compare);
            double median = times.get(times.size() / 2);
            double p90 = times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.9) - 1));
            results.put(page, new double[] {median, p90});
            System.out.printf(Locale.ROOT, "%-58s %6d %6.0f %10.1f %7.1f%n", page, status, bytes / 1024.0, median, p90);
        }
        double worst = results.values().stream().mapToDouble(r -> r[0]).max().orElse(0);
        System.out.printf(Locale.ROOT, "slowest median: %.1f ms%n", worst);
    }

    /** The newest roster with agent-days, or a new one-week roster solved for {@code solveSeconds}. */
    private static JsonNode rosterWithDays(HttpClient api, String base, String basic, int solveSeconds) throws Exception {
        for (JsonNode roster : getJson(api, base + "/api/rosters", basic)) {
            if (roster.path("agentDays").asLong() > 0) {
                return roster;
            }
        }
        long site = getJson(api, base + "/api/sites", basic).get(0).get("id").asLong();
        System.out.println("no roster with agent-days: forecasting, staffing and solving one week of site " + site
                + " for " + solveSeconds + " s ...");
        long forecast = postJson(api, base + "/api/forecast-runs", basic, Map.of("siteId", site, "horizonWeeks", 1)).get("id").asLong();
        long staffing = postJson(api, base + "/api/staffing-runs", basic, Map.of("forecastRunId", forecast)).get("id").asLong();
        long roster = postJson(api, base + "/api/rosters", basic, Map.of("siteId", site, "staffingRunId", staffing, "weeks", 1))
                .get("id").asLong();
        long job = postJson(api, base + "/api/rosters/" + roster + "/solve", basic, Map.of("timeLimitSeconds", solveSeconds))
                .get("id").asLong();
        while (true) {
            String status = getJson(api, base + "/api/solve-jobs/" + job, basic).get("status").asText();
            if (!status.equals("QUEUED") && !status.equals("SOLVING")) {
                System.out.println("solve job " + job + ": " + status);
                break;
            }
            Thread.sleep(1000);
        }
        return getJson(api, base + "/api/rosters/" + roster, basic);
    }

    private static JsonNode getJson(HttpClient http, String url, String basic) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode body = JSON.readTree(r.body());
        return body.has("items") ? body.get("items") : body;
    }

    private static JsonNode postJson(HttpClient http, String url, String basic, Map<String, ?> body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
