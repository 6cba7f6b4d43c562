package io.paiban.planning.roster.solver;

import io.paiban.kernel.NightWork;
import io.paiban.kernel.PlacedShift;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the shift templates on every day of the horizon, lays out the coverage slots of every queue and
 * interval, and builds the duties (placed shift x queue) with the slots each one fills. Everything the
 * constraints need per duty is computed here once, so score calculation only follows references.
 */
public final class DutyCatalog {

    private final Horizon horizon;
    private final List<ShiftOption> shiftOptions = new ArrayList<>();
    private final List<CoverageSlot> slots = new ArrayList<>();
    private final Map<String, Duty> dutiesById = new LinkedHashMap<>();
    private final Map<RosterQueue, CoverageSlot[]> slotsByQueue = new HashMap<>();
    private final Map<String, Duty> unoffered = new HashMap<>();

    /** @param required agents required per queue and interval (missing queue or short array: 0) */
    public DutyCatalog(Horizon horizon, List<ShiftTemplateSpec> templates, List<RosterQueue> queues,
                       Map<RosterQueue, int[]> required) {
        this.horizon = horizon;
        int intervals = horizon.intervalCount();
        for (RosterQueue queue : queues) {
            int[] need = required.getOrDefault(queue, new int[0]);
            CoverageSlot[] row = new CoverageSlot[intervals];
            for (int i = 0; i < intervals; i++) {
                row[i] = new CoverageSlot(queue, i, horizon.dayIndexOfInterval(i), i < need.length ? need[i] : 0);
                slots.add(row[i]);
            }
            slotsByQueue.put(queue, row);
        }
        for (int day = 0; day < horizon.days(); day++) {
            for (ShiftTemplateSpec template : templates) {
                // a peak template outside its enabled windows is placed too, but never offered to the solver: a stored
                // or hand-made assignment can still name it
                boolean offered = template.isOfferedOn(horizon.date(day));
                ShiftOption option = place(template, horizon, day);
                shiftOptions.add(option);
                for (RosterQueue queue : queues) {
                    int closed = option.minutesOutsideOpening(List.of(queue), horizon.intervalMinutes());
                    Duty duty = new Duty(option, queue, slotsOf(queue, option), closed);
                    if (!offered || closed * 2 > option.getPaidMinutes()) {
                        unoffered.put(duty.getId(), duty); // or mostly paid for closed hours of the queue
                    } else {
                        dutiesById.put(duty.getId(), duty);
                    }
                }
            }
        }
    }

    private List<CoverageSlot> slotsOf(RosterQueue queue, ShiftOption option) {
        CoverageSlot[] row = slotsByQueue.get(queue);
        List<CoverageSlot> covered = new ArrayList<>();
        for (int interval : option.getCoveredIntervals()) {
            if (interval >= 0 && interval < row.length) {
                covered.add(row[interval]);
            }
        }
        return covered;
    }

    /**
     * A template on one day: covered intervals are the whole intervals inside the shift outside its breaks; night
     * minutes are {@link NightWork} (22:00-06:00 local, breaks excluded).
     */
    public static ShiftOption place(ShiftTemplateSpec template, Horizon horizon, int dayIndex) {
        LocalDate date = horizon.date(dayIndex);
        PlacedShift placed = PlacedShift.place(date, template.start(), template.end(),
                template.breaks().stream().map(b -> new PlacedShift.BreakOffset(b.offsetMinutes(), b.minutes(), false)).toList(),
                horizon.zone());
        int startMinute = horizon.minuteOf(placed.start());
        int endMinute = horizon.minuteOf(placed.end());
        int len = horizon.intervalMinutes();
        List<Integer> covered = new ArrayList<>();
        for (int i = Math.floorDiv(startMinute + len - 1, len); (i + 1) * len <= endMinute; i++) {
            int from = i * len;
            boolean onBreak = template.breaks().stream().anyMatch(b ->
                    overlap(from, from + len, startMinute + b.offsetMinutes(), startMinute + b.offsetMinutes() + b.minutes()) > 0);
            if (!onBreak) {
                covered.add(i);
            }
        }
        int startOfDay = template.start().getHour() * 60 + template.start().getMinute();
        return new ShiftOption(template.code(), dayIndex, date, startMinute, endMinute, startOfDay,
                template.paidMinutes(), placed.nightMinutes(), covered.stream().mapToInt(Integer::intValue).toArray(), template.isPeak());
    }

    private static int overlap(int startA, int endA, int startB, int endB) {
        return Math.max(0, Math.min(endA, endB) - Math.max(startA, startB));
    }

    /**
     * The duties an agent can be given on a day: certified queues, night shifts only if eligible, templates offered
     * on the date (a certification lapsed by a missed product training is gone from its deadline on), and no duty paid mostly for hours its queue is closed.
     */
    public List<Duty> dutiesFor(RosterAgent agent, int dayIndex) {
        List<Duty> options = new ArrayList<>();
        for (Duty duty : dutiesById.values()) {
            ShiftOption shift = duty.getShift();
            if (shift.getDayIndex() == dayIndex && agent.isCertifiedFor(duty.getQueue(), shift.getDate())
                    && (agent.isNightEligible() || !shift.isNight())) {
                options.add(duty);
            }
        }
        return options;
    }

    /**
     * A duty by day, template and queue, also one that is never offered as a value (a queue closed most of the
     * shift), so that a stored or pinned assignment can still be read; null-safe lookups use {@link #duties()}.
     */
    public Duty duty(int dayIndex, String templateCode, RosterQueue queue) {
        String id = horizon.date(dayIndex) + "/" + templateCode + "/" + queue.getId();
        Duty duty = dutiesById.getOrDefault(id, unoffered.get(id));
        if (duty == null) {
            throw new IllegalArgumentException("no duty " + templateCode + " on day " + dayIndex + " for " + queue);
        }
        return duty;
    }

    public CoverageSlot slot(RosterQueue queue, int interval) {
        return slotsByQueue.get(queue)[interval];
    }

    public Horizon horizon() {
        return horizon;
    }

    public List<ShiftOption> shiftOptions() {
        return shiftOptions;
    }

    public List<CoverageSlot> slots() {
        return slots;
    }

    public List<Duty> duties() {
        return List.copyOf(dutiesById.values());
    }
}
