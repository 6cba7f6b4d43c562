package io.paiban.floor.contract;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full sample month (November 2026) of a JD shop, by hand: phone intervals, after-sale emails under
 * the 16:00/18:00 rule, ratings; then metrics, compliance with penalties and the termination warning,
 * and the statement with its correction. The figures are worked out in docs/contracts.md.
 */
@QuarkusTest
class ServiceMonthSettlementTest {

    private static final String INTERVALS = "queue,interval_start,offered,answered,answered_within,abandoned,short_abandoned,handle_seconds,answer_wait_seconds\n";

    private int client;
    private String phone;
    private String email;
    private int phoneId;

    @BeforeEach
    void setUp() {
        int site = Fixtures.site();
        client = Fixtures.client("JD");
        Map<String, Object> phoneBody = Fixtures.queueBody(client, site, "PHONE", "PRE_SALE");
        phone = (String) phoneBody.get("code");
        phoneId = given().contentType(ContentType.JSON).body(phoneBody).post("/api/queues").then().statusCode(201).extract().path("id");
        Map<String, Object> emailBody = Fixtures.queueBody(client, site, "EMAIL", "AFTER_SALE");
        List<Map<String, String>> weekdays = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            weekdays.add(Map.of("dayOfWeek", day, "opensAt", "09:00", "closesAt", "18:00"));
        }
        emailBody.put("openingHours", weekdays);
        email = (String) emailBody.get("code");
        given().contentType(ContentType.JSON).body(emailBody).post("/api/queues").then().statusCode(201);
    }

    private void importSampleMonth() {
        given().contentType("text/csv").body(INTERVALS
                        + phone + ",2026-10-15 10:00,10,8,5,2,0,1440,80\n"
                        + phone + ",2026-11-02 10:00,100,90,80,10,4,16200,2700\n"
                        + phone + ",2026-11-16T10:00:00+08:00,50,48,46,2,0,9600,480\n")
                .post("/api/actuals/queue-intervals").then().statusCode(200).body("rows", equalTo(3));
        given().contentType("text/csv").body("queue,item_ref,received_at,first_reply_at\n"
                        + email + ",A,2026-11-06 15:00,2026-11-06 17:30\n"   // before 16:00, due Fri 18:00: on time
                        + email + ",B,2026-11-06 16:30,2026-11-09 17:00\n"   // after 16:00, weekend closed, due Mon 18:00: on time
                        + email + ",C,2026-11-04 10:00,2026-11-05 09:00\n"   // due Wed 18:00: late
                        + email + ",D,2026-11-05 10:00,2026-11-05 11:00\n")  // on time
                .post("/api/actuals/items").then().statusCode(200).body("rows", equalTo(4));
        given().contentType(ContentType.JSON).body(Map.of("rows", List.of(
                        Map.of("queue", phone, "workDate", "2026-11-02", "surveys", 100, "satisfied", 96))))
                .post("/api/actuals/quality").then().statusCode(200);
    }

    private void putContract() {
        Map<String, Object> contract = Map.of(
                "startsOn", "2026-10-01", "priceModel", "FIXED_PER_SEAT", "seats", 10, "seatFee", 5000,
                "penaltyCapPercent", 6, "terminationAfterMonths", 2,
                "clauses", List.of(
                        Map.of("kind", "RESPONSE_TIME", "channel", "PHONE", "penaltyPercent", 5),
                        Map.of("kind", "RESPONSE_TIME", "channel", "EMAIL", "queueFunction", "AFTER_SALE", "penaltyPercent", 3),
                        Map.of("kind", "SATISFACTION", "targetShare", 0.95, "penaltyPercent", 2)),
                "extraFees", List.of(
                        Map.of("label", "CRM accounts", "kind", "SYSTEM", "amount", 800, "recurrence", "MONTHLY"),
                        Map.of("label", "New product training", "kind", "TRAINING", "amount", 1500, "recurrence", "ONE_OFF",
                                "chargedOn", "2026-11-10")));
        given().contentType(ContentType.JSON).body(contract).put("/api/contracts/" + client).then().statusCode(200)
                .body("version", equalTo(0)).body("paymentDay", equalTo(10));
    }

    @Test
    void metricsOfTheMonthWithEveryServiceLevelVariant() {
        importSampleMonth();
        JsonPath month = given().config(Fixtures.DOUBLES).queryParam("queueId", phoneId).queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30").queryParam("granularity", "MONTH")
                .get("/api/service-metrics").then().statusCode(200).body("periods", hasSize(1)).extract().jsonPath();
        assertEquals(0.863, month.getDouble("periods[0].metrics.service_level"), 1e-9);                       // 126 / 146
        assertEquals(0.84, month.getDouble("periods[0].metrics.service_level_incl_short_abandons"), 1e-9);    // 126 / 150
        assertEquals(0.913, month.getDouble("periods[0].metrics.service_level_answered_only"), 1e-9);         // 126 / 138
        assertEquals(23.0, month.getDouble("periods[0].metrics.asa"), 1e-9);                                  // 3180 / 138
        assertEquals(0.0548, month.getDouble("periods[0].metrics.abandon_rate"), 1e-9);                       // 8 / 146
        assertEquals(0.96, month.getDouble("periods[0].metrics.satisfaction"), 1e-9);

        JsonPath days = given().config(Fixtures.DOUBLES).queryParam("clientId", client).queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30").get("/api/service-metrics").then().statusCode(200).extract().jsonPath();
        assertEquals("2026-11-02", days.getString("periods[0].period"));
        assertEquals(0.8333, days.getDouble("periods[0].metrics.service_level"), 1e-9);                       // 80 / 96
        // The client report holds the emails too: 3 of 4 on time (received 11-04, 11-05, 11-06).
        assertEquals(0.0, days.getDouble("periods.find { it.period == '2026-11-04' }.metrics.on_time_reply_rate"), 1e-9);
        assertEquals(1.0, days.getDouble("periods.find { it.period == '2026-11-06' }.metrics.on_time_reply_rate"), 1e-9);
    }

    @Test
    void importsAreAllOrNothingAndIdempotent() {
        importSampleMonth();
        importSampleMonth();
        given().contentType("text/csv").body(INTERVALS
                        + phone + ",2026-11-03 10:00,10,9,9,1,0,900,10\n"
                        + phone + ",2026-11-03 10:10,10,9,9,1,0,900,10\n"          // not on the 30-minute grid
                        + phone + ",2026-11-03 11:00,10,9,10,1,2,900,10\n"         // within > answered, short > abandoned
                        + email + ",2026-11-03 11:00,1,1,1,0,0,60,1\n")            // an email queue has items, not intervals
                .post("/api/actuals/queue-intervals").then().statusCode(400)
                .body("detail", containsString("nothing was imported"))
                .body("errors", hasSize(4))
                .body("errors[0].line", equalTo(3)).body("errors[0].field", equalTo("intervalStart"))
                .body("errors[1].line", equalTo(4)).body("errors[2].line", equalTo(4)).body("errors[3].field", equalTo("queue"));
        given().queryParam("queueId", phoneId).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .queryParam("granularity", "MONTH").get("/api/service-metrics").then().statusCode(200)
                .body("periods[0].live.offered", equalTo(150));
    }

    @Test
    void agentStatesAndTaggedSalesImportOnTheirKeys() {
        int site = Fixtures.site();
        String employeeNo = Fixtures.unique("E");
        given().contentType(ContentType.JSON).body(Map.of("employeeNo", employeeNo, "fullName", "Li Na", "siteId", site,
                        "employmentType", "IN_HOUSE", "status", "ACTIVE", "contractHoursPerWeek", 48, "hourlyCost", 28.5))
                .post("/api/agents").then().statusCode(201);
        String states = "agent,interval_start,available_seconds,handling_seconds,after_call_seconds,break_seconds,away_seconds\n"
                + employeeNo + ",2026-11-02 08:30,600,900,120,0,180\n";
        given().contentType("text/csv").body(states).post("/api/actuals/agent-states").then().statusCode(200).body("rows", equalTo(1))
                .body("from", equalTo("2026-11-02T00:30:00Z"));
        given().contentType("text/csv").body(states).post("/api/actuals/agent-states").then().statusCode(200).body("rows", equalTo(1));
        given().contentType("text/csv").body("agent,interval_start,available_seconds,handling_seconds\n"
                        + employeeNo + ",2026-11-02 09:00,1000,1000\n")
                .post("/api/actuals/agent-states").then().statusCode(400).body("errors[0].line", equalTo(2));

        String clientCode = given().get("/api/clients/" + client).then().extract().path("code");
        given().contentType(ContentType.JSON).body(Map.of("rows", List.of(
                        Map.of("client", clientCode, "orderRef", "JD-1", "soldAt", "2026-11-03T10:00:00+08:00", "amount", "199.90", "agent", employeeNo),
                        Map.of("client", clientCode, "orderRef", "JD-1", "soldAt", "2026-11-03T11:00:00+08:00", "amount", "5.00"),
                        Map.of("client", clientCode, "orderRef", "JD-2", "soldAt", "2026-11-03T10:00:00+08:00", "amount", "1.234"))))
                .post("/api/actuals/sales").then().statusCode(400)
                .body("errors.field", equalTo(List.of("rows[1].orderRef", "rows[2].amount")))
                .body("errors.line", equalTo(List.of(2, 3)));
        given().contentType(ContentType.JSON).body(Map.of("rows", List.of(
                        Map.of("client", clientCode, "orderRef", "JD-1", "soldAt", "2026-11-03T10:00:00+08:00", "amount", "199.90", "agent", employeeNo))))
                .post("/api/actuals/sales").then().statusCode(200).body("rows", equalTo(1));
    }

    @Test
    void complianceOfTheMonthWithPenaltiesAndTerminationWarning() {
        importSampleMonth();
        putContract();
        JsonPath c = given().config(Fixtures.DOUBLES).queryParam("clientId", client).queryParam("month", "2026-11")
                .get("/api/compliance").then().statusCode(200).extract().jsonPath();
        assertEquals(50000.0, c.getDouble("serviceFee"));
        Map<String, Object> phoneStd = c.getMap("standards.find { it.key == 'RESPONSE_TIME/PHONE' }");
        assertEquals("MISSED", phoneStd.get("verdict"));
        assertEquals(0.863, (Double) phoneStd.get("value"), 1e-9);
        assertEquals(-2500.0, (Double) phoneStd.get("penaltyAmount"));
        assertEquals(2, ((Number) phoneStd.get("missedMonthsInARow")).intValue());   // October 5 of 10
        Map<String, Object> emailStd = c.getMap("standards.find { it.key == 'RESPONSE_TIME/EMAIL/AFTER_SALE' }");
        assertEquals("MISSED", emailStd.get("verdict"));
        assertEquals(0.75, (Double) emailStd.get("value"), 1e-9);
        assertEquals(-1500.0, (Double) emailStd.get("penaltyAmount"));
        assertEquals(1, ((Number) emailStd.get("missedMonthsInARow")).intValue());
        Map<String, Object> satisfaction = c.getMap("standards.find { it.key == 'SATISFACTION' }");
        assertEquals("MET", satisfaction.get("verdict"));
        assertEquals("NO_DATA", c.getString("standards.find { it.key == 'RESPONSE_TIME/CHAT' }.verdict"));
        // 2500 + 1500 over the 6% cap of 3000.
        assertEquals(-3000.0, c.getDouble("penaltyTotal"));
        assertEquals(List.of("RESPONSE_TIME/PHONE"), c.getList("warnings.standardKey"));
        assertEquals("TERMINATION_RIGHT", c.getString("warnings[0].code"));
    }

    @Test
    void statementOfTheMonthIsImmutableAndCorrectedByANewVersion() {
        importSampleMonth();
        putContract();
        given().queryParam("clientId", client).queryParam("period", "2026-11").get("/api/statements/preview").then().statusCode(200)
                .body("id", equalTo(null)).body("total", equalTo(49300.00f));
        int v1 = given().contentType(ContentType.JSON).body(Map.of("clientId", client, "period", "2026-11"))
                .post("/api/statements").then().statusCode(201)
                .body("version", equalTo(1)).body("total", equalTo(49300.00f)).body("dueOn", equalTo("2026-12-10"))
                .body("lines.kind", equalTo(List.of("SERVICE_FEE", "EXTRA_FEE", "EXTRA_FEE", "PENALTY", "PENALTY", "PENALTY_CAP")))
                .body("lines.amount", equalTo(List.of(50000.00f, 800.00f, 1500.00f, -2500.00f, -1500.00f, 1000.00f)))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("clientId", client, "period", "2026-11"))
                .post("/api/statements").then().statusCode(400).body("errors[0].field", equalTo("correctionNote"));

        // A late ACD export adds a phone interval of 20 November: the figures change, and version 2 corrects the statement.
        given().contentType("text/csv").body(INTERVALS + phone + ",2026-11-20 10:00,400,400,400,0,0,72000,4000\n")
                .post("/api/actuals/queue-intervals").then().statusCode(200);
        int v2 = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", client, "period", "2026-11", "correctionNote", "late ACD export for 20 November"))
                .post("/api/statements").then().statusCode(201).body("version", equalTo(2))
                .body("total", equalTo(50800.00f))   // phone now 526 / 546 = 0.9634: only the email penalty (1500) remains
                .extract().path("id");

        JsonPath first = given().get("/api/statements/" + v1).then().statusCode(200).extract().jsonPath();
        assertTrue(first.getBoolean("superseded"));
        assertEquals(v2, first.getInt("supersededById"));
        assertEquals(49300.00f, first.getFloat("total"));
        assertNull(given().get("/api/statements/" + v2).then().statusCode(200).body("superseded", equalTo(false))
                .extract().path("supersededById"));
        given().queryParam("clientId", client).get("/api/statements").then().statusCode(200).body("version", equalTo(List.of(1, 2)));
        given().get("/api/statements/" + v1 + "/csv").then().statusCode(200)
                .body(containsString("line_no,kind,month,description,quantity,unit_price,amount"))
                .body(containsString(",TOTAL,,,,,49300.00"));
    }
}
