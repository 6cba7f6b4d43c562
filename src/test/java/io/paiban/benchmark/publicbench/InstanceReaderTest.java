package io.paiban.benchmark.publicbench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstanceReaderTest {

    private static final String GOOD = """
            # comment
            SECTION_HORIZON
            7

            SECTION_SHIFTS
            E,480,
            L,600,E
            SECTION_STAFF
            A,E=7|L=2,2400,960,4,2,2,1
            B,E=7|L=0,2400,960,4,2,2,1
            SECTION_DAYS_OFF
            A,3,4
            SECTION_SHIFT_ON_REQUESTS
            A,0,E,2
            SECTION_SHIFT_OFF_REQUESTS
            B,5,L,3
            SECTION_COVER
            0,E,1,100,1
            0,L,1,100,2
            """;

    @Test
    void readsEverySection() {
        BenchInstance instance = BenchFixtures.parse("good", GOOD);
        assertEquals(7, instance.horizon());
        assertEquals(2, instance.shifts().size());
        assertEquals(600, instance.shifts().get(1).minutes());
        assertTrue(instance.isForbidden(instance.shifts().get(1), instance.shifts().get(0)));
        assertEquals(false, instance.isForbidden(instance.shifts().get(0), instance.shifts().get(1)));
        Staff a = instance.staff().get(0);
        assertEquals(2, a.maxShifts(instance.shifts().get(1)));
        assertEquals(2400, a.maxTotalMinutes());
        assertEquals(960, a.minTotalMinutes());
        assertEquals(4, a.maxConsecutiveShifts());
        assertEquals(2, a.minConsecutiveShifts());
        assertEquals(2, a.minConsecutiveDaysOff());
        assertEquals(1, a.maxWeekends());
        assertTrue(instance.isFixedDayOff(a, 3) && instance.isFixedDayOff(a, 4));
        assertEquals(1, instance.onRequests().size());
        assertEquals(3, instance.offRequests().get(0).weight());
        assertEquals(2, instance.covers().get(1).overWeight());
    }

    @Test
    void readsTheSharedInstancesWhenPresentElseTheEmbeddedOne() throws IOException {
        Path dir = PublicBenchmarkRunner.defaultInstanceDir();
        if (Files.isRegularFile(dir.resolve("Instance8.txt"))) {
            BenchInstance eight = InstanceReader.read(dir.resolve("Instance8.txt"));
            assertEquals(28, eight.horizon());
            assertEquals(4, eight.shifts().size());
            assertEquals(28 * 4, eight.covers().size());
        } else {
            BenchInstance tiny = BenchFixtures.tiny();
            assertEquals(4, tiny.staff().size());
            assertEquals(14, tiny.covers().size());
        }
    }

    @Test
    void refusesUnknownShiftWithItsLineNumber() {
        InstanceFormatException e = assertThrows(InstanceFormatException.class,
                () -> BenchFixtures.parse("bad", GOOD.replace("A,0,E,2", "A,0,X,2")));
        assertEquals(14, e.line());
        assertTrue(e.getMessage().startsWith("bad:14: unknown shift 'X'"), e.getMessage());
    }

    @Test
    void refusesWrongFieldCountWithItsLineNumber() {
        InstanceFormatException e = assertThrows(InstanceFormatException.class,
                () -> BenchFixtures.parse("bad", GOOD.replace("B,E=7|L=0,2400,960,4,2,2,1", "B,E=7|L=0,2400,960,4,2,2")));
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("expected 8 field(s)"), e.getMessage());
    }

    @Test
    void refusesDayOutsideTheHorizonAndNonNumbers() {
        InstanceFormatException day = assertThrows(InstanceFormatException.class,
                () -> BenchFixtures.parse("bad", GOOD.replace("0,L,1,100,2", "7,L,1,100,2")));
        assertEquals(19, day.line());
        assertTrue(day.getMessage().contains("outside the horizon 0..6"), day.getMessage());
        InstanceFormatException number = assertThrows(InstanceFormatException.class,
                () -> BenchFixtures.parse("bad", GOOD.replace("E,480,", "E,eight,")));
        assertEquals(6, number.line());
    }

    @Test
    void refusesUnknownSuccessorOnTheShiftsLine() {
        InstanceFormatException e = assertThrows(InstanceFormatException.class,
                () -> BenchFixtures.parse("bad", GOOD.replace("L,600,E", "L,600,E|N")));
        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("unknown successor 'N'"), e.getMessage());
    }

    @Test
    void refusesMissingMaxShiftsOfAType() {
        InstanceFormatException e = assertThrows(InstanceFormatException.class,
                () -> BenchFixtures.parse("bad", GOOD.replace("A,E=7|L=2,", "A,E=7,")));
        assertEquals(9, e.line());
        assertTrue(e.getMessage().contains("MaxShifts lacks shift 'L'"), e.getMessage());
    }

    @Test
    void refusesAFileWithoutStaff() {
        InstanceFormatException e = assertThrows(InstanceFormatException.class,
                () -> BenchFixtures.parse("bad", "SECTION_HORIZON\n7\nSECTION_SHIFTS\nE,480,\n"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("missing SECTION_STAFF"), e.getMessage());
    }
}
