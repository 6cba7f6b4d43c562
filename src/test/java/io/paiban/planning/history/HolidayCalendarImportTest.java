package io.paiban.planning.history;

import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Issue 17: holiday calendars of any site (iCalendar and CSV), closed days refused in imports, 5-minute files added up. */
@QuarkusTest
class HolidayCalendarImportTest {

    private static final String HEADER = "queue,interval_start,offered,answered,abandoned,aht_seconds\n";

    /** A site in Asia/Jerusalem naming the calendar, with one always-open phone queue; returns the queue body with id. */
    private static Map<String, Object> queueAt(String calendar) {
        Map<String, Object> site = new HashMap<>(Map.of("code", Fixtures.unique("IL"), "name", "Tel Aviv", "timeZone", "Asia/Jerusalem"));
        if (calendar != null) {
            site.put("holidayCalendar", calendar);
        }
        int siteId = given().contentType(ContentType.JSON).body(site).post("/api/sites").then().statusCode(201)
                .body("holidayCalendar", equalTo(calendar)).extract().path("id");
        Map<String, Object> body = Fixtures.queueBody(Fixtures.client("TMALL"), siteId, "PHONE", "PRE_SALE");
        body.put("openingHours", Arrays.stream(DayOfWeek.values())
                .map(d -> Map.of("dayOfWeek", d.name(), "opensAt", "00:00", "closesAt", "00:00")).toList());
        int id = given().contentType(ContentType.JSON).body(body).post("/api/queues").then().statusCode(201).extract().path("id");
        body.put("id", id);
        return body;
    }

    @Test
    void iCalendarHolidaysOfTheSitesCalendarCloseDaysAndImportsOnThemAreRefused() {
        String calendar = Fixtures.unique("ILCAL");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:purim-1999@test\r\nDTSTAMP:19990101T000000Z\r\nDTSTART;VALUE=DATE:19990302\r\n"
                + "DTEND;VALUE=DATE:19990303\r\nSUMMARY:Purim\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:pesach-1999@test\r\nDTSTAMP:19990101T000000Z\r\nDTSTART;VALUE=DATE:19990401\r\n"
                + "DTEND;VALUE=DATE:19990403\r\nSUMMARY:Pesach\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        given().contentType("text/calendar").queryParam("calendar", calendar).queryParam("closed", true).body(ics)
                .post("/api/calendar-events/holidays").then().statusCode(200)
                .body("events", equalTo(2)).body("created", equalTo(2)).body("replaced", equalTo(0));
        // Idempotent: the same file replaces its events.
        given().contentType("text/calendar").queryParam("calendar", calendar).queryParam("closed", true).body(ics)
                .post("/api/calendar-events/holidays").then().statusCode(200).body("created", equalTo(0)).body("replaced", equalTo(2));
        given().queryParam("from", "1999-04-01").queryParam("to", "1999-04-30").get("/api/calendar-events").then().statusCode(200)
                .body("findAll { it.calendarName == '" + calendar + "' }.endDate", equalTo(List.of("1999-04-02")))
                .body("findAll { it.calendarName == '" + calendar + "' }.closed", equalTo(List.of(true)));

        Map<String, Object> q = queueAt(calendar);
        String code = (String) q.get("code");
        String csv = HEADER + code + ",1999-03-01T10:00:00,5,5,0,100\n" + code + ",1999-03-02T10:00:00,3,3,0,100\n";
        given().contentType("text/csv").body(csv).post("/api/history/intervals").then().statusCode(400)
                .body("detail", equalTo("1 interval(s) carry volume while their queue is closed (first: line 3); nothing was"
                        + " imported. Check the file's time zone, or pass acceptClosed=true to import them anyway (for example after"
                        + " the queue's opening hours changed)"))
                .body("errors[0].message", equalTo("queue " + code + " is closed on 1999-03-02 (a closed day of its calendar) but the"
                        + " row at 10:00 has 3 offered"));
        given().contentType("text/csv").queryParam("acceptClosed", true).body(csv).post("/api/history/intervals")
                .then().statusCode(200).body("rows", equalTo(2));

        // A site without that calendar is not affected.
        Map<String, Object> other = queueAt(null);
        given().contentType("text/csv").body(HEADER + other.get("code") + ",1999-03-02T10:00:00,3,3,0,100\n")
                .post("/api/history/intervals").then().statusCode(200);
    }

    @Test
    void csvHolidayListsAreAllOrNothingWithTheBadLineNamed() {
        String calendar = Fixtures.unique("CSVCAL");
        given().contentType("text/csv").queryParam("calendar", calendar)
                .body("date,name,end_date,closed\n2027-01-01,New Year,,true\n2027-13-01,Bad,,\n")
                .post("/api/calendar-events/holidays").then().statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].line", equalTo(3)).body("errors[0].field", equalTo("date"));
        given().contentType("text/csv").queryParam("calendar", calendar)
                .body("date,name,end_date,closed\n2027-01-01,New Year,,true\n2027-05-01,Labour Day,2027-05-03,false\n")
                .post("/api/calendar-events/holidays").then().statusCode(200).body("created", equalTo(2));
        given().contentType("text/csv").queryParam("calendar", "no spaces allowed").body("date,name\n2027-01-01,X\n")
                .post("/api/calendar-events/holidays").then().statusCode(400).body("errors[0].field", equalTo("calendar"));
    }

    @Test
    void fiveMinuteFilesAreAddedUpIntoTheThirtyMinuteGrid() {
        Map<String, Object> q = queueAt(null);
        String code = (String) q.get("code");
        String csv = HEADER
                + code + ",2026-11-02T09:00:00,2,2,0,100\n"
                + code + ",2026-11-02T09:05:00,3,2,1,200\n"
                + code + ",2026-11-02T09:25:00,1,1,0,300\n"
                + code + ",2026-11-02T09:30:00,4,4,0,100\n";
        given().contentType("text/csv").queryParam("fileMinutes", 5).queryParam("intervalMinutes", 30).body(csv)
                .post("/api/history/intervals").then().statusCode(200).body("rows", equalTo(2)).body("linesRead", equalTo(4));
        List<Map<String, Object>> rows = given().queryParam("queueId", q.get("id")).queryParam("from", "2026-11-02")
                .queryParam("to", "2026-11-03").get("/api/history").then().statusCode(200).extract().jsonPath().getList("");
        org.junit.jupiter.api.Assertions.assertEquals(2, rows.size());
        org.junit.jupiter.api.Assertions.assertEquals(6, rows.get(0).get("offered"));
        org.junit.jupiter.api.Assertions.assertEquals(5, rows.get(0).get("answered"));
        // AHT = (2x100 + 2x200 + 1x300) / 5 answered = 180
        org.junit.jupiter.api.Assertions.assertEquals(180.0, ((Number) rows.get(0).get("ahtSeconds")).doubleValue(), 1e-6);
        given().contentType("text/csv").queryParam("fileMinutes", 7).body(csv).post("/api/history/intervals")
                .then().statusCode(400).body("errors[0].field", equalTo("fileMinutes"));
        given().contentType("text/csv").queryParam("fileMinutes", 5).queryParam("intervalMinutes", 30)
                .body(HEADER + code + ",2026-11-03T09:03:00,2,2,0,100\n").post("/api/history/intervals")
                .then().statusCode(400).body("errors[0].field", equalTo("intervalStart"));
    }
}
