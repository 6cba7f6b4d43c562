package io.paiban.demo;

import io.paiban.demo.DemoCenter.HistoryRow;
import io.paiban.demo.DemoCenter.QueueSpec;
import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.kernel.AgentStatus;
import io.paiban.kernel.EmploymentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCenterGeneratorTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // History from 2026-05-25 to 2026-11-22: holds both 618 and Double 11 2026.
    private static final DemoCenterSpec SPEC = new DemoCenterSpec(20261111L, 150, 8, 26, LocalDate.of(2026, 11, 23), SHANGHAI);
    private static DemoCenter center;

    @BeforeAll
    static void generate() {
        center = DemoCenterGenerator.generate(SPEC);
    }

    @Test
    void sameSeedGivesTheSameCenterAndAnotherSeedAnother() {
        DemoCenter again = DemoCenterGenerator.generate(SPEC);
        assertEquals(center.agents(), again.agents());
        assertEquals(center.history(), again.history());
        DemoCenter other = DemoCenterGenerator.generate(new DemoCenterSpec(7L, 150, 8, 26, SPEC.historyEnd(), SHANGHAI));
        assertNotEquals(center.agents(), other.agents());
    }

    @Test
    void vendorServesThreeShopsOverEveryChannel() {
        assertEquals(3, center.clients().size());
        assertEquals(8, center.queues().size());
        assertEquals(EnumSet.allOf(Channel.class), center.queues().stream().map(QueueSpec::channel).collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))));
        assertEquals(EnumSet.allOf(QueueFunction.class), center.queues().stream().map(QueueSpec::function).collect(Collectors.toCollection(() -> EnumSet.noneOf(QueueFunction.class))));
        assertTrue(center.queues().stream().filter(q -> q.channel() == Channel.CHAT).allMatch(q -> q.concurrency() >= 2));
    }

    @Test
    void workforceHasSkillMixesTraineesAndAFlexPool() {
        assertEquals(150, center.agents().size());
        long trainees = center.agents().stream().filter(a -> a.status() == AgentStatus.TRAINEE).count();
        long flex = center.agents().stream().filter(a -> a.type() == EmploymentType.FLEX_POOL).count();
        long multiSkilled = center.agents().stream().filter(a -> a.certifiedQueueCodes().size() > 1).count();
        assertEquals(12, trainees);
        assertEquals(15, flex);
        assertTrue(multiSkilled > 30, "multi-skilled " + multiSkilled);
        assertTrue(center.agents().stream().filter(a -> a.status() == AgentStatus.TRAINEE).allMatch(a -> a.certifiedQueueCodes().isEmpty()));
        assertTrue(center.agents().stream().filter(a -> a.status() == AgentStatus.ACTIVE).allMatch(a -> !a.certifiedQueueCodes().isEmpty()));
        assertEquals(center.agents().size(), center.agents().stream().map(DemoCenter.AgentSpec::employeeNo).distinct().count());
    }

    @Test
    void historyCoversTwentySixWeeksOfHalfHoursWithinOpeningHours() {
        QueueSpec phone = queue("JD-PHONE-PRE");
        var rows = rows(phone.code());
        assertEquals(26 * 7, rows.stream().map(r -> day(r)).distinct().count());
        assertTrue(rows.stream().allMatch(r -> r.intervalMinutes() == 30 && r.answered() + r.abandoned() == r.offered()));
        // the phone line is closed 01:00-08:30: nothing arrives then
        assertTrue(rows.stream().map(r -> ZonedDateTime.ofInstant(r.intervalStart(), SHANGHAI).toLocalTime())
                .noneMatch(t -> t.getHour() >= 1 && (t.getHour() < 8 || t.getHour() == 8 && t.getMinute() < 30)));
        // email arrives around the clock even though it is answered in office hours
        assertEquals(48, rows(queue("JD-EMAIL-AFTER").code()).stream()
                .map(r -> ZonedDateTime.ofInstant(r.intervalStart(), SHANGHAI).toLocalTime()).distinct().count());
    }

    @Test
    void weeklyShapeRaisesPreSaleAtWeekendsAndAfterSaleOnMondays() {
        Map<DayOfWeek, Double> preSale = meanByWeekday("TM-CHAT-PRE");
        Map<DayOfWeek, Double> afterSale = meanByWeekday("TM-CHAT-AFTER");
        assertTrue(preSale.get(DayOfWeek.SUNDAY) > 1.1 * preSale.get(DayOfWeek.WEDNESDAY), preSale.toString());
        assertTrue(afterSale.get(DayOfWeek.MONDAY) > 1.1 * afterSale.get(DayOfWeek.SATURDAY), afterSale.toString());
    }

    @Test
    void doubleElevenBringsAPreSalePeakAtLaunchAndAnAfterSaleSurgeAfter() {
        LocalDate d11 = LocalDate.of(2026, 11, 11);
        double preSaleOnDay = dayTotal("TM-CHAT-PRE", d11);
        double preSaleNormal = dayTotal("TM-CHAT-PRE", d11.minusWeeks(2));
        assertTrue(preSaleOnDay > 2.5 * preSaleNormal, preSaleOnDay + " vs " + preSaleNormal);

        double launch = rows("TM-CHAT-PRE").stream().filter(r -> day(r).equals(d11))
                .filter(r -> ZonedDateTime.ofInstant(r.intervalStart(), SHANGHAI).getHour() < 2).mapToInt(HistoryRow::offered).sum();
        double launchNormal = rows("TM-CHAT-PRE").stream().filter(r -> day(r).equals(d11.minusWeeks(2)))
                .filter(r -> ZonedDateTime.ofInstant(r.intervalStart(), SHANGHAI).getHour() < 2).mapToInt(HistoryRow::offered).sum();
        assertTrue(launch > 10 * launchNormal, "launch " + launch + " vs " + launchNormal);

        double afterSaleTwoDaysLater = dayTotal("TM-CHAT-AFTER", d11.plusDays(2));
        double afterSaleNormal = dayTotal("TM-CHAT-AFTER", d11.plusDays(2).minusWeeks(2));
        double afterSaleOnDay = dayTotal("TM-CHAT-AFTER", d11);
        assertTrue(afterSaleTwoDaysLater > 1.6 * afterSaleNormal, afterSaleTwoDaysLater + " vs " + afterSaleNormal);
        assertTrue(afterSaleTwoDaysLater > 1.4 * afterSaleOnDay);
    }

    @Test
    void largerCentersScaleAgentsAndQueues() {
        DemoCenter big = DemoCenterGenerator.generate(new DemoCenterSpec(1L, 500, 12, 1, SPEC.historyEnd(), SHANGHAI));
        assertEquals(500, big.agents().size());
        assertEquals(12, big.queues().size());
        assertEquals(12, big.queues().stream().map(QueueSpec::code).distinct().count());
    }

    private static QueueSpec queue(String code) {
        return center.queues().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    private static java.util.List<HistoryRow> rows(String queueCode) {
        return center.history().stream().filter(r -> r.queueCode().equals(queueCode)).toList();
    }

    private static LocalDate day(HistoryRow row) {
        return ZonedDateTime.ofInstant(row.intervalStart(), SHANGHAI).toLocalDate();
    }

    private static double dayTotal(String queueCode, LocalDate day) {
        return rows(queueCode).stream().filter(r -> day(r).equals(day)).mapToInt(HistoryRow::offered).sum();
    }

    /** Mean daily volume per weekday over weeks without holidays or promotions (June to September). */
    private static Map<DayOfWeek, Double> meanByWeekday(String queueCode) {
        return rows(queueCode).stream()
                .filter(r -> day(r).isAfter(LocalDate.of(2026, 7, 5)) && day(r).isBefore(LocalDate.of(2026, 9, 20)))
                .collect(Collectors.groupingBy(r -> day(r).getDayOfWeek(), Collectors.summingDouble(HistoryRow::offered)));
    }
}
