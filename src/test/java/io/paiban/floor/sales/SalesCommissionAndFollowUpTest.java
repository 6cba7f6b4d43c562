package io.paiban.floor.sales;

import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Commission per agent from the tagged sales, and follow-ups of orders unpaid after 12 hours (docs/sales.md). */
@QuarkusTest
class SalesCommissionAndFollowUpTest {

    @Inject
    FollowUpService followUps;

    private static String employeeNo(int agentId) {
        return given().get("/api/agents/" + agentId).then().statusCode(200).extract().path("employeeNo");
    }

    private static String clientCode(int clientId) {
        return given().get("/api/clients/" + clientId).then().statusCode(200).extract().path("code");
    }

    @Test
    void commissionPerAgentOfTheSiteLocalMonthAtOnePercent() {
        int site = Fixtures.site();
        int client = Fixtures.client("TMALL");
        int queue = Fixtures.queue(client, site, "CHAT", "PRE_SALE");
        int a = Fixtures.agent(site, List.of(queue));
        int b = Fixtures.agent(site, List.of(queue));
        String cl = clientCode(client);
        // Old file format (no paid_at, no queue) still imports.
        given().contentType("text/csv").body("client,order_ref,sold_at,amount,agent\n"
                        + cl + ",A1,2026-11-03 10:00,100.00," + employeeNo(a) + "\n"
                        + cl + ",A2,2026-11-15 21:30,250.55," + employeeNo(a) + "\n"
                        + cl + ",A3,2026-11-30 23:59,10.00," + employeeNo(a) + "\n"      // last minute of November, site time
                        + cl + ",A4,2026-12-01 00:00,999.00," + employeeNo(a) + "\n"     // December
                        + cl + ",A5,2026-10-31 23:59,1000.00," + employeeNo(a) + "\n"    // October
                        + cl + ",B1,2026-11-20 12:00,99.99," + employeeNo(b) + "\n"
                        + cl + ",U1,2026-11-20 12:00,500.00,\n")                         // untagged: nobody's commission
                .post("/api/actuals/sales").then().statusCode(200).body("rows", equalTo(7));

        JsonPath month = given().config(Fixtures.DOUBLES).queryParam("siteId", site).queryParam("month", "2026-11")
                .get("/api/sales/commission").then().statusCode(200).extract().jsonPath();
        assertEquals(0.01, month.getDouble("rate"), 1e-9);
        assertEquals(2, month.getList("agents").size());
        assertEquals(a, month.getInt("agents[0].agentId"));
        assertEquals(3, month.getInt("agents[0].orders"));
        assertEquals(360.55, month.getDouble("agents[0].salesAmount"), 1e-9);
        assertEquals(3.61, month.getDouble("agents[0].commission"), 1e-9);    // 3.6055 rounded half-up
        assertEquals(1.00, month.getDouble("agents[1].commission"), 1e-9);    // 0.9999
        assertEquals(4, month.getInt("orders"));
        assertEquals(460.54, month.getDouble("salesAmount"), 1e-9);
        assertEquals(4.61, month.getDouble("commission"), 1e-9);

        // The agent sees their own line.
        TestUsers.agent(b).given().config(Fixtures.DOUBLES).queryParam("month", "2026-11").get("/api/me/commission").then()
                .statusCode(200).body("orders", equalTo(1)).body("commission", equalTo(1.0));
        // A month without sales: nothing, zero totals.
        given().queryParam("siteId", site).queryParam("month", "2026-09").get("/api/sales/commission").then().statusCode(200)
                .body("agents", hasSize(0)).body("orders", equalTo(0));
        // Bad input names the field.
        given().queryParam("siteId", site).queryParam("month", "2026-13").get("/api/sales/commission").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        given().queryParam("month", "2026-11").get("/api/sales/commission").then().statusCode(400)
                .body("errors[0].field", equalTo("siteId"));
    }

    @Test
    void anOrderUnpaidTwelveHoursLaterBecomesOneFollowUpOnTheRightQueue() {
        int site = Fixtures.site();
        int client = Fixtures.client("JD");
        int other = Fixtures.client("JD");
        int preSalePhone = Fixtures.queue(client, site, "PHONE", "PRE_SALE");
        int orderEmail = Fixtures.queue(client, site, "EMAIL", "ORDER");
        int otherQueue = Fixtures.queue(other, site, "PHONE", "ORDER");
        String phoneCode = given().get("/api/queues/" + preSalePhone).then().statusCode(200).extract().path("code");
        String otherCode = given().get("/api/queues/" + otherQueue).then().statusCode(200).extract().path("code");
        int agent = Fixtures.agent(site, List.of(preSalePhone));
        String cl = clientCode(client);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String header = "client,order_ref,sold_at,amount,agent,paid_at,queue\n";
        given().contentType("text/csv").body(header
                        + cl + ",O1," + now.minus(13, ChronoUnit.HOURS) + ",88.00," + employeeNo(agent) + ",,\n"      // due: client's ORDER queue
                        + cl + ",O2," + now.minus(11, ChronoUnit.HOURS) + ",10.00,,,\n"                               // not 12 h yet
                        + cl + ",O3," + now.minus(20, ChronoUnit.HOURS) + ",20.00,," + now.minus(19, ChronoUnit.HOURS) + ",\n"  // paid
                        + cl + ",O4," + now.minus(13, ChronoUnit.HOURS) + ",30.00,,," + phoneCode + "\n"              // the queue that took it
                        + cl + ",O5," + now.minus(10, ChronoUnit.DAYS) + ",40.00,,,\n")                               // past the 7-day lookback
                .post("/api/actuals/sales").then().statusCode(200).body("rows", equalTo(5));

        given().post("/api/sales/follow-ups/run").then().statusCode(200);
        given().post("/api/sales/follow-ups/run").then().statusCode(200).body("created", equalTo(0));   // idempotent
        JsonPath open = given().queryParam("clientId", client).get("/api/sales/follow-ups").then().statusCode(200)
                .body("", hasSize(2)).extract().jsonPath();
        Map<String, Object> o1 = open.getMap("find { it.orderRef == 'O1' }");
        assertEquals(orderEmail, o1.get("queueId"));
        assertEquals(agent, o1.get("agentId"));
        assertEquals(now.minus(1, ChronoUnit.HOURS).toString(), o1.get("dueAt"));   // sold + 12 h
        assertEquals(preSalePhone, open.getInt("find { it.orderRef == 'O4' }.queueId"));
        given().queryParam("queueId", orderEmail).get("/api/sales/follow-ups").then().statusCode(200).body("", hasSize(1));

        // The payment arrives: the next run closes the task as PAID; re-running creates nothing.
        given().contentType("text/csv").body(header + cl + ",O1," + now.minus(13, ChronoUnit.HOURS) + ",88.00," + employeeNo(agent)
                + "," + now.minus(30, ChronoUnit.MINUTES) + ",\n").post("/api/actuals/sales").then().statusCode(200);
        given().post("/api/sales/follow-ups/run").then().statusCode(200).body("created", equalTo(0));
        given().queryParam("clientId", client).queryParam("status", "PAID").get("/api/sales/follow-ups").then().statusCode(200)
                .body("", hasSize(1)).body("[0].orderRef", equalTo("O1")).body("[0].closedBy", equalTo("payment"));

        // Done by an agent, with optimistic locking.
        Map<String, Object> o4 = given().queryParam("clientId", client).get("/api/sales/follow-ups").then().statusCode(200)
                .body("", hasSize(1)).extract().jsonPath().getMap("[0]");
        given().contentType(ContentType.JSON).body(Map.of("version", 99)).post("/api/sales/follow-ups/" + o4.get("id") + "/done")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("version", o4.get("version"))).post("/api/sales/follow-ups/" + o4.get("id") + "/done")
                .then().statusCode(200).body("status", equalTo("DONE"));
        given().contentType(ContentType.JSON).body(Map.of("version", ((Integer) o4.get("version")) + 1))
                .post("/api/sales/follow-ups/" + o4.get("id") + "/done").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().queryParam("clientId", client).get("/api/sales/follow-ups").then().statusCode(200).body("", hasSize(0));
        given().queryParam("status", "LATE").get("/api/sales/follow-ups").then().statusCode(400).body("errors[0].field", equalTo("status"));

        // Bad lines: payment before the sale, a queue of another client; nothing imported.
        given().contentType("text/csv").body(header
                        + cl + ",X1,2026-11-10 10:00,5.00,,2026-11-10 09:00,\n"
                        + cl + ",X2,2026-11-10 10:00,5.00,,," + otherCode + "\n")
                .post("/api/actuals/sales").then().statusCode(400).body("errors", hasSize(2))
                .body("errors[0].line", equalTo(2)).body("errors[0].field", equalTo("paidAt"))
                .body("errors[1].line", equalTo(3)).body("errors[1].field", equalTo("queue"));
    }

    @Test
    void theTwelveHourBoundaryIsExact() {
        int site = Fixtures.site();
        int client = Fixtures.client("PINDUODUO");
        Fixtures.queue(client, site, "CHAT", "ORDER");
        String cl = clientCode(client);
        Instant sold = Instant.parse("2026-11-10T02:00:00Z");
        given().contentType("text/csv").body("client,order_ref,sold_at,amount\n" + cl + ",B1," + sold + ",12.50\n")
                .post("/api/actuals/sales").then().statusCode(200);
        followUps.run(sold.plus(12, ChronoUnit.HOURS).minusSeconds(1));
        given().queryParam("clientId", client).get("/api/sales/follow-ups").then().statusCode(200).body("", hasSize(0));
        followUps.run(sold.plus(12, ChronoUnit.HOURS));
        given().queryParam("clientId", client).get("/api/sales/follow-ups").then().statusCode(200).body("", hasSize(1))
                .body("[0].dueAt", equalTo("2026-11-10T14:00:00Z"));
        // Without an order or pre-sale queue the order is reported, not lost silently.
        int bare = Fixtures.client("PINDUODUO");
        Fixtures.queue(bare, site, "PHONE", "AFTER_SALE");
        given().contentType("text/csv").body("client,order_ref,sold_at,amount\n" + clientCode(bare) + ",N1," + sold + ",1.00\n")
                .post("/api/actuals/sales").then().statusCode(200);
        assertEquals(List.of("N1"), followUps.run(sold.plus(13, ChronoUnit.HOURS)).withoutQueue());
    }
}
