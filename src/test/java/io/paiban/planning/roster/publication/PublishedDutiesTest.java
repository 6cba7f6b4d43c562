package io.paiban.planning.roster.publication;

import io.paiban.floor.attendance.PublishedRosterFixture;
import io.paiban.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one reader of the published roster on a site in Europe/Berlin (clocks go forward on 2026-03-29) with overlapping
 * rosters: an older one from Monday 23rd, a newer one from Thursday 26th, and a third published at the same instant as
 * the newer one (the higher roster id wins the tie). Every view (an agent's days, the site's, a queue's, the week's
 * paid minutes, self-service and attendance) takes the same publication for each agent-day.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedDutiesTest {

    static final LocalDate MON = LocalDate.of(2026, 3, 23);

    @Inject
    PublishedRosterFixture fixture;

    @Inject
    PublishedDuties duties;

    @Inject
    PublishedShiftService selfService;

    int site;
    long q1;
    long q2;
    long a;
    long b;
    long older;
    long newer;
    long tie;

    /** Once, before the first test (rest-assured knows the test port only around test methods). */
    @BeforeEach
    void overlappingRosters() throws Exception {
        if (site != 0) {
            return;
        }
        site = given().contentType(ContentType.JSON).body(Map.of("code", Fixtures.unique("BER"), "name", "Berlin", "timeZone", "Europe/Berlin"))
                .post("/api/sites").then().statusCode(201).extract().path("id");
        int client = Fixtures.client("TMALL");
        q1 = Fixtures.queue(client, site, "PHONE", "PRE_SALE");
        q2 = Fixtures.queue(client, site, "CHAT", "AFTER_SALE");
        a = Fixtures.agent(site, List.of((int) q1, (int) q2));
        b = Fixtures.agent(site, List.of((int) q1, (int) q2));
        long day = fixture.templateId("DAY");
        long night = fixture.templateId("NIGHT");
        long peakLate = fixture.templateId("PEAK_LATE");
        older = fixture.publishedRoster(site, MON, 1, LocalDateTime.of(2026, 3, 1, 9, 0));
        newer = fixture.publishedRoster(site, MON.plusDays(3), 1, LocalDateTime.of(2026, 3, 2, 9, 0));
        tie = fixture.publishedRoster(site, MON.plusDays(3), 1, LocalDateTime.of(2026, 3, 2, 9, 0));
        fixture.publish(older, a, MON.plusDays(1), day, q1);
        fixture.publish(older, a, MON.plusDays(3), night, q1);
        fixture.publish(newer, a, MON.plusDays(3), null, null); // the later day off hides the night shift
        fixture.publish(older, a, MON.plusDays(5), peakLate, q1); // no later roster says anything about Saturday
        fixture.publish(older, b, MON.plusDays(4), day, q1);
        fixture.publish(newer, b, MON.plusDays(4), day, q2); // moved to the chat queue
        fixture.publish(newer, b, MON.plusDays(6), day, q1);
        fixture.publish(tie, b, MON.plusDays(6), night, q1); // same publication instant: the higher roster id wins
    }

    @Test
    void theLaterPublicationWinsEveryAgentDay() {
        List<PublishedDuty> days = duties.forAgent(a, MON, MON.plusDays(6));
        assertEquals(List.of(MON.plusDays(1), MON.plusDays(3), MON.plusDays(5)), days.stream().map(PublishedDuty::workDate).toList());
        assertEquals(List.of(older, newer, older), days.stream().map(PublishedDuty::rosterId).toList());
        assertEquals(List.of(true, false, true), days.stream().map(PublishedDuty::working).toList());

        Map<Long, PublishedDuty> thursday = duties.onDate(site, MON.plusDays(3));
        assertFalse(thursday.get(a).working(), "a published day off is a published day");
        PublishedDuty friday = duties.onDate(site, MON.plusDays(4)).get(b);
        assertEquals(newer, friday.rosterId());
        assertEquals(q2, friday.queueId());
        PublishedDuty sunday = duties.onDate(site, MON.plusDays(6)).get(b);
        assertEquals(tie, sunday.rosterId());
        assertEquals("NIGHT", sunday.templateCode());
    }

    @Test
    void aQueueSeesOnlyTheAgentDaysItWon() {
        List<PublishedDuty> onPhone = duties.shiftsOnQueues(List.of(q1), MON, MON.plusDays(6));
        assertEquals(List.of(a + "/" + MON.plusDays(1), a + "/" + MON.plusDays(5), b + "/" + MON.plusDays(6)),
                onPhone.stream().map(d -> d.agentId() + "/" + d.workDate()).toList(),
                "not a's night shift hidden by the day off, not b's Friday moved to chat");
        assertEquals(List.of(b + "/" + MON.plusDays(4)),
                duties.shiftsOnQueues(List.of(q2), MON, MON.plusDays(6)).stream().map(d -> d.agentId() + "/" + d.workDate()).toList());
    }

    @Test
    void shiftTimesAreRealInstantsOfTheSiteZoneAcrossTheClockChange() {
        PublishedDuty saturday = duties.ofAgentOn(a, MON.plusDays(5)).orElseThrow();
        assertEquals(ZonedDateTime.parse("2026-03-28T20:00+01:00[Europe/Berlin]"), saturday.start());
        assertEquals(ZonedDateTime.parse("2026-03-29T04:00+02:00[Europe/Berlin]"), saturday.end());
        assertEquals(Duration.ofHours(7), Duration.between(saturday.startsAt(), saturday.endsAt()), "the night loses an hour");
        assertEquals(MON.plusDays(5), saturday.workDate(), "a shift belongs to the day it starts");
        assertEquals(270, saturday.nightMinutes(), "22:00-04:00 is 5 real hours, less the 30-minute break");
        assertTrue(saturday.night());
        assertEquals(1, saturday.breaks().size());
        PublishedDuty sunday = duties.ofAgentOn(b, MON.plusDays(6)).orElseThrow();
        assertEquals(ZonedDateTime.parse("2026-03-29T17:30+02:00[Europe/Berlin]"), sunday.start());
        assertEquals(180, sunday.nightMinutes());
        assertFalse(duties.ofAgentOn(a, MON.plusDays(1)).orElseThrow().night(), "DAY works no night minute");
    }

    @Test
    void theRosterWeekCountsOnlyTheWinningShifts() {
        // the week of Saturday 28th runs from the newest covering roster's first date, Thursday 26th
        assertEquals(MON.plusDays(3), duties.rosterWeekStart(site, MON.plusDays(5)));
        Map<Long, Integer> minutes = duties.weekPaidMinutes(site, MON.plusDays(5));
        assertEquals(450, minutes.get(a), "PEAK_LATE only: the night shift was replaced by a day off");
        assertEquals(480 + 420, minutes.get(b), "DAY on Friday, NIGHT on Sunday");
    }

    @Test
    void selfServiceAndAttendanceTakeTheSameDays() {
        List<PublishedShiftService.PublishedShift> shifts = selfService.forAgent(a, MON, MON.plusDays(6));
        assertEquals(List.of(true, false, true), shifts.stream().map(PublishedShiftService.PublishedShift::working).toList());
        assertEquals(newer, shifts.get(1).rosterId());
        assertEquals(LocalDateTime.of(2026, 3, 29, 4, 0), shifts.get(2).end());

        given().contentType(ContentType.JSON).body(Map.of("siteId", site, "from", MON.plusDays(3).toString(), "to", MON.plusDays(4).toString()))
                .post("/api/attendance/evaluations/run").then().statusCode(200);
        List<Map<String, Object>> rows = given().queryParam("siteId", site).queryParam("from", MON.plusDays(3).toString())
                .queryParam("to", MON.plusDays(4).toString()).get("/api/attendance/evaluations").then().statusCode(200).extract().path("$");
        assertEquals(1, rows.size(), "a's Thursday is a day off: only b's Friday is evaluated " + rows);
        assertEquals((int) b, rows.get(0).get("agentId"));
        assertEquals((int) q2, rows.get(0).get("queueId"));
    }
}
