package io.paiban.planning.roster.solver;

import io.paiban.kernel.NightWork;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A shift template placed on one day of the horizon: times in minutes from the horizon start and the
 * intervals in which the agent is on the queue (whole intervals inside the shift, breaks excluded).
 */
public final class ShiftOption {

    private final String id;
    private final String templateCode;
    private final int dayIndex;
    private final LocalDate date;
    private final int startMinute;
    private final int endMinute;
    private final int startMinuteOfDay;
    private final int paidMinutes;
    private final int nightMinutes;
    private final int[] coveredIntervals;
    private final boolean peak;
    // coverage test in O(1): the ifNotExists filter asks it for every slot of the shift's days
    private final int firstInterval;
    private final boolean[] coveredMask;

    public ShiftOption(String templateCode, int dayIndex, LocalDate date, int startMinute, int endMinute,
                       int startMinuteOfDay, int paidMinutes, int nightMinutes, int[] coveredIntervals) {
        this(templateCode, dayIndex, date, startMinute, endMinute, startMinuteOfDay, paidMinutes, nightMinutes, coveredIntervals, false);
    }

    /** @param peak a peak template (costs the peak premium) */
    public ShiftOption(String templateCode, int dayIndex, LocalDate date, int startMinute, int endMinute,
                       int startMinuteOfDay, int paidMinutes, int nightMinutes, int[] coveredIntervals, boolean peak) {
        this.peak = peak;
        this.id = date + "/" + templateCode;
        this.templateCode = templateCode;
        this.dayIndex = dayIndex;
        this.date = date;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
        this.startMinuteOfDay = startMinuteOfDay;
        this.paidMinutes = paidMinutes;
        this.nightMinutes = nightMinutes;
        this.coveredIntervals = coveredIntervals.clone();
        Arrays.sort(this.coveredIntervals);
        this.firstInterval = this.coveredIntervals.length == 0 ? 0 : this.coveredIntervals[0];
        int span = this.coveredIntervals.length == 0 ? 0 : this.coveredIntervals[this.coveredIntervals.length - 1] - firstInterval + 1;
        this.coveredMask = new boolean[span];
        for (int i : this.coveredIntervals) {
            coveredMask[i - firstInterval] = true;
        }
    }

    public boolean covers(int interval) {
        int offset = interval - firstInterval;
        return offset >= 0 && offset < coveredMask.length && coveredMask[offset];
    }

    /**
     * Paid minutes in which none of the queues is open, counted in the shift's on-duty intervals (whole intervals
     * outside breaks): time an agent serving only these queues is paid for and can cover nothing.
     */
    public int minutesOutsideOpening(Iterable<RosterQueue> queues, int intervalMinutes) {
        int closed = 0;
        for (int interval : coveredIntervals) {
            boolean open = false;
            for (RosterQueue queue : queues) {
                if (queue.isOpen(interval)) {
                    open = true;
                    break;
                }
            }
            if (!open) {
                closed += intervalMinutes;
            }
        }
        return Math.min(closed, paidMinutes);
    }

    public boolean isPeak() {
        return peak;
    }

    /** A night shift works some time between 22:00 and 06:00 ({@link NightWork}: NIGHT and PEAK_LATE, not PEAK_MID). */
    public boolean isNight() {
        return NightWork.isNightShift(nightMinutes);
    }

    public String getId() {
        return id;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public int getDayIndex() {
        return dayIndex;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getStartMinute() {
        return startMinute;
    }

    public int getEndMinute() {
        return endMinute;
    }

    public int getStartMinuteOfDay() {
        return startMinuteOfDay;
    }

    public int getPaidMinutes() {
        return paidMinutes;
    }

    public int getNightMinutes() {
        return nightMinutes;
    }

    public int[] getCoveredIntervals() {
        return coveredIntervals.clone();
    }

    @Override
    public String toString() {
        return id;
    }
}
