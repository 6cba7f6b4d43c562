package io.paiban.demo;

import io.paiban.masterdata.calendar.CalendarEventType;
import io.paiban.demo.DemoCenter.EventSpec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo center enables its peak templates (PEAK_MID, PEAK_LATE) around 618 and Double 11 only: from three days
 * before the promotion (the pre-sale rise) to ten days after it (the after-sale surge), as the demand model has it.
 */
public final class DemoPeakWindows {

    public record Window(LocalDate first, LocalDate last) {
        public boolean contains(LocalDate date) {
            return !date.isBefore(first) && !date.isAfter(last);
        }
    }

    static final Set<String> PROMOTIONS = Set.of("618", "DOUBLE_11");
    static final int DAYS_BEFORE = 3;
    static final int DAYS_AFTER = 10;

    private DemoPeakWindows() {
    }

    public static List<Window> of(List<EventSpec> events) {
        List<Window> windows = new ArrayList<>();
        for (EventSpec e : events) {
            if (e.type() == CalendarEventType.PROMOTION && PROMOTIONS.contains(e.key())) {
                windows.add(new Window(e.start().minusDays(DAYS_BEFORE), e.end().plusDays(DAYS_AFTER)));
            }
        }
        return windows;
    }
}
