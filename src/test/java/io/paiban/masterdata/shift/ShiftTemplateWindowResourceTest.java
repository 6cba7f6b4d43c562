package io.paiban.masterdata.shift;

import io.paiban.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Peak templates are offered only inside the windows a site or a client enables (V14_1). */
@QuarkusTest
class ShiftTemplateWindowResourceTest {

    @Inject
    ShiftTemplateWindowService service;

    private static int templateId(String code) {
        return given().get("/api/shift-templates").then().statusCode(200).extract().path("find { it.code == '" + code + "' }.id");
    }

    private static Map<String, Object> window(int templateId, Integer siteId, Integer clientId, String first, String last) {
        Map<String, Object> body = new HashMap<>();
        body.put("templateId", templateId);
        body.put("siteId", siteId);
        body.put("clientId", clientId);
        body.put("firstDate", first);
        body.put("lastDate", last);
        return body;
    }

    @Test
    void peakTemplatesAreWindowedAndTheStandardShiftsAreNot() {
        given().get("/api/shift-templates").then().statusCode(200)
                .body("find { it.code == 'DAY' }.offering", equalTo("STANDARD"))
                .body("find { it.code == 'NIGHT' }.offering", equalTo("STANDARD"))
                .body("find { it.code == 'PEAK_MID' }.offering", equalTo("WINDOWED"))
                .body("find { it.code == 'PEAK_LATE' }.offering", equalTo("WINDOWED"));
    }

    @Test
    void aSiteAndAClientEnableThePeakTemplateOnTheirDatesOnly() {
        int site = Fixtures.site();
        int client = Fixtures.client("TMALL");
        int otherClient = Fixtures.client("JD");
        Fixtures.queue(client, site, "CHAT", "PRE_SALE");
        int peak = templateId("PEAK_MID");
        int created = given().contentType(ContentType.JSON).body(window(peak, site, null, "2027-11-08", "2027-11-10"))
                .post("/api/shift-template-windows").then().statusCode(201)
                .body("templateCode", equalTo("PEAK_MID")).extract().path("id");
        given().contentType(ContentType.JSON).body(window(peak, null, client, "2027-11-12", "2027-11-12"))
                .post("/api/shift-template-windows").then().statusCode(201);
        given().contentType(ContentType.JSON).body(window(peak, null, otherClient, "2027-11-11", "2027-11-11"))
                .post("/api/shift-template-windows").then().statusCode(201);

        Map<Long, Set<LocalDate>> enabled = QuarkusTransaction.requiringNew().call(() ->
                service.enabledDates(site, Set.of((long) client), LocalDate.of(2027, 11, 9), LocalDate.of(2027, 11, 15)));
        assertEquals(Set.of(LocalDate.of(2027, 11, 9), LocalDate.of(2027, 11, 10), LocalDate.of(2027, 11, 12)),
                enabled.get((long) peak), "the site's window clipped to the range and its client's day, not the other client's");
        assertFalse(enabled.containsKey((long) templateId("DAY")));

        given().get("/api/shift-template-windows?siteId=" + site).then().statusCode(200).body("id", hasItem(created));
        // optimistic locking: a stale version is refused
        Map<String, Object> update = window(peak, site, null, "2027-11-07", "2027-11-10");
        update.put("version", 0);
        given().contentType(ContentType.JSON).body(update).put("/api/shift-template-windows/" + created).then().statusCode(200)
                .body("firstDate", equalTo("2027-11-07"));
        given().contentType(ContentType.JSON).body(update).put("/api/shift-template-windows/" + created).then().statusCode(409);
        given().delete("/api/shift-template-windows/" + created).then().statusCode(204);
    }

    @Test
    void badWindowsAreRejectedNamingTheField() {
        int site = Fixtures.site();
        int client = Fixtures.client("TMALL");
        given().contentType(ContentType.JSON).body(window(templateId("DAY"), site, null, "2027-06-15", "2027-06-28"))
                .post("/api/shift-template-windows").then().statusCode(400).body("errors.field", hasItem("templateId"));
        given().contentType(ContentType.JSON).body(window(templateId("PEAK_LATE"), site, client, "2027-06-28", "2027-06-15"))
                .post("/api/shift-template-windows").then().statusCode(400).body("errors.field", hasItems("siteId", "lastDate"));
        given().contentType(ContentType.JSON).body(window(templateId("PEAK_LATE"), null, null, "2027-01-01", "2027-12-31"))
                .post("/api/shift-template-windows").then().statusCode(400).body("errors.field", hasItems("siteId", "lastDate"));
        given().contentType(ContentType.JSON).body(window(999_999, site, null, "2027-06-15", "2027-06-28"))
                .post("/api/shift-template-windows").then().statusCode(400).body("errors.field", hasItem("templateId"));
    }
}
