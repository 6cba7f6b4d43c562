package io.paiban.hardening;

import io.paiban.support.Api;
import io.paiban.support.Fixtures;
import io.paiban.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Input that used to reach the database or a 500 is a 400 naming the field, parameter or line. */
@QuarkusTest
class BadInputTest {

    @Test
    void yearsOutside1900To2999AreRefusedNamingTheField() {
        int site = Fixtures.site();
        int agent = Fixtures.agent(site, List.of());
        for (String at : new String[] {"0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "1899-12-31T00:00:00Z"}) {
            Api.given().contentType(ContentType.JSON)
                    .body(Map.of("agentId", agent, "kind", "CLOCK_IN", "occurredAt", at, "idempotencyKey", "y-" + at.hashCode()))
                    .post("/api/attendance/events").then().statusCode(400)
                    .body("errors[0].field", equalTo("occurredAt")).body("detail", containsString("1900"));
        }
        TestUsers.TestUser user = TestUsers.agent(agent);
        user.given().contentType(ContentType.JSON).body(Map.of("firstDate", "0000-01-01"))
                .post("/api/me/leave-requests").then().statusCode(400).body("errors[0].field", equalTo("firstDate"));
        user.given().contentType(ContentType.JSON).body(Map.of("firstDate", "+10000-01-01"))
                .post("/api/me/leave-requests").then().statusCode(400).body("errors[0].field", equalTo("firstDate"));
    }

    @Test
    void unparsableQueryParametersAre400NamingParameterAndFormat() {
        int site = Fixtures.site();
        int agent = Fixtures.agent(site, List.of());
        Api.given().queryParam("agentId", agent).queryParam("from", "2026-13-01")
                .get("/api/attendance/events").then().statusCode(400)
                .body("errors[0].field", equalTo("from")).body("detail", containsString("instant"));
        Api.given().queryParam("agentId", agent).queryParam("from", "0000-01-01T00:00:00Z")
                .get("/api/attendance/events").then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.given().queryParam("agentId", agent).queryParam("from", Instant.now().minus(1, ChronoUnit.DAYS).toString())
                .get("/api/attendance/events").then().statusCode(200);
    }

    @Test
    void pagingIsBounded() {
        Api.given().queryParam("page", 2147483647).queryParam("size", 500).get("/api/agents")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        Api.given().queryParam("size", 501).get("/api/agents").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void malformedCsvNamesTheLineWithoutParserInternals() {
        String csv = "employee_no,event,occurred_at,idempotency_key\nE1,CLOCK_IN,2026-01-01T08:00:00Z,k1\nE1,\"unterminated,x,y\n";
        Api.given().contentType("text/csv").body(csv).post("/api/attendance/events/import").then().statusCode(400)
                .body("detail", containsString("line"))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("Source:")));
    }

    @Test
    void aComplaintNamingAClientOutsideTheScopeIsAnsweredLikeAnUnknownClient() {
        int site = Fixtures.site();
        int agent = Fixtures.agent(site, List.of());
        int mine = Fixtures.client("JD");
        int foreign = Fixtures.client("JD");
        TestUsers.TestUser supervisor = TestUsers.supervisor(List.of((long) site), List.of((long) mine));
        String unknown = supervisor.given().contentType(ContentType.JSON)
                .body(Map.of("agentId", agent, "clientId", 999_999_999, "complaintDate", "2026-03-01", "reason", "rude"))
                .post("/api/attendance/complaints").then().extract().asString();
        supervisor.given().contentType(ContentType.JSON)
                .body(Map.of("agentId", agent, "clientId", foreign, "complaintDate", "2026-03-01", "reason", "rude"))
                .post("/api/attendance/complaints").then().statusCode(400).body("errors[0].field", equalTo("clientId"));
        org.junit.jupiter.api.Assertions.assertTrue(unknown.contains("\"status\":400"), unknown);
    }

    @Test
    void csvExportCellsCannotBecomeFormulas() {
        org.junit.jupiter.api.Assertions.assertEquals("name,note\n\"'=1+2\",\"'@SUM(A1)\"\n-5,\"'-x\"\n\"'+7\",ok\n",
                new io.paiban.platform.csv.CsvExport("name", "note").row("=1+2", "@SUM(A1)").row(-5, "-x").row("+7", "ok").toString());
    }
}
