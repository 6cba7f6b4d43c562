package io.paiban.benchmark.publicbench;

import java.util.List;

/**
 * One instance of the Shift Scheduling Benchmark (Curtois and Qu, 2014), as read by {@link InstanceReader}. The
 * horizon starts on a Monday, so days 5 and 6 of every week form its weekend.
 */
public record BenchInstance(String name, int horizon, List<ShiftType> shifts, List<ForbiddenSuccession> forbiddenSuccessions,
                            List<Staff> staff, List<FixedDayOff> daysOff, List<ShiftRequest> onRequests,
                            List<ShiftRequest> offRequests, List<Cover> covers) {

    public BenchInstance {
        shifts = List.copyOf(shifts);
        forbiddenSuccessions = List.copyOf(forbiddenSuccessions);
        staff = List.copyOf(staff);
        daysOff = List.copyOf(daysOff);
        onRequests = List.copyOf(onRequests);
        offRequests = List.copyOf(offRequests);
        covers = List.copyOf(covers);
    }

    public boolean isForbidden(ShiftType first, ShiftType next) {
        for (ForbiddenSuccession f : forbiddenSuccessions) {
            if (f.first() == first && f.next() == next) {
                return true;
            }
        }
        return false;
    }

    public boolean isFixedDayOff(Staff member, int day) {
        for (FixedDayOff off : daysOff) {
            if (off.staff() == member && off.day() == day) {
                return true;
            }
        }
        return false;
    }

    /** Weekends are Saturday and Sunday; the horizon starts on a Monday. A weekend cut by the horizon end still counts. */
    public int weekendCount() {
        return (horizon + 1) / 7;
    }

    public static int weekendOf(int day) {
        int dow = day % 7;
        return dow >= 5 ? day / 7 : -1;
    }
}
