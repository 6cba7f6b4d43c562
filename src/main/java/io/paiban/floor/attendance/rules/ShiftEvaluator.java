package io.paiban.floor.attendance.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the attendance rules to one published shift: the agent's clock and away events around it, the
 * approved absences, and the policy in force. Pure: the same inputs always give the same outcome, which is
 * what makes re-evaluating a day idempotent.
 * <p>
 * Durations are counted in whole minutes, truncated (a clock-in 10 min 59 s after the start is 10 minutes
 * late; under a minute is on time). Work after the scheduled end is overtime, never a breach: the night shift
 * stays on past 01:00 while customers are still being served.
 */
public final class ShiftEvaluator {

    /** A session that starts this long before the shift still belongs to it (early arrival, handover). */
    public static final Duration EARLIEST_ARRIVAL = Duration.ofHours(6);

    private ShiftEvaluator() {
    }

    /** A clock-in to clock-out period; {@code out} null when the agent has not clocked out. */
    record Session(Instant in, Instant out, List<Away> aways) {
    }

    record Away(Instant start, Instant end, boolean reported) {
    }

    public static ShiftOutcome evaluate(ScheduledShift shift, List<ClockEvent> events, List<ApprovedAbsence> absences,
                                        AttendancePolicy policy) {
        List<String> remarks = new ArrayList<>();
        List<ApprovedAbsence> honoured = absences.stream()
                .filter(a -> a.honouredFor(shift.workDate(), policy.leaveNoticeDays())).toList();
        absences.stream().filter(a -> !honoured.contains(a) && (a.coversDay(shift.workDate())
                        || a.range() != null && !Span.intersect(List.of(a.range()), List.of(shift.span())).isEmpty()))
                .forEach(a -> remarks.add("leave recorded on " + a.recordedOn() + " without " + policy.leaveNoticeDays()
                        + " day(s) notice does not excuse the shift"));
        if (honoured.stream().anyMatch(a -> a.coversDay(shift.workDate()))) {
            remarks.add("approved absence covers the day");
            return excused(remarks);
        }
        List<Span> leaveRanges = honoured.stream().filter(a -> a.range() != null).map(ApprovedAbsence::range).toList();
        List<Span> work = Span.subtract(Span.subtract(List.of(shift.span()), shift.breaks()), leaveRanges);
        long scheduled = Span.seconds(work);
        if (scheduled == 0) {
            remarks.add("approved absence covers the shift");
            return excused(remarks);
        }

        List<Session> sessions = sessions(events).stream().filter(s -> belongsTo(s, shift)).toList();
        if (sessions.isEmpty()) {
            remarks.add("no clock-in on a published shift");
            return new ShiftOutcome(Outcome.NO_SHOW, null, null, 0, Tier.NONE, 0, Tier.NONE, 0, 0, 0, false, 0, 1,
                    BigDecimal.ZERO, scheduled, 0, remarks);
        }

        Instant firstIn = sessions.get(0).in();
        boolean open = sessions.stream().anyMatch(s -> s.out() == null);
        Instant lastOut = open ? null : sessions.stream().map(Session::out).max(Comparator.naturalOrder()).orElseThrow();
        if (open) {
            remarks.add("no clock-out: early leave and overtime not assessed, present until the scheduled end");
        }

        // approved partial leave at the start or end moves the time the agent is due or may go
        Instant dueAt = pushPast(shift.start(), leaveRanges);
        Instant mayLeaveAt = pullBefore(shift.end(), leaveRanges);
        int lateMinutes = wholeMinutes(dueAt, firstIn);
        int earlyMinutes = lastOut == null ? 0 : wholeMinutes(lastOut, mayLeaveAt);
        int overtimeMinutes = lastOut == null ? 0 : wholeMinutes(shift.end(), lastOut);
        Tier lateTier = policy.tier(lateMinutes);
        Tier earlyTier = policy.tier(earlyMinutes);
        describe(remarks, "late", lateMinutes, lateTier);
        describe(remarks, "early leave", earlyMinutes, earlyTier);
        if (overtimeMinutes > 0) {
            remarks.add("overtime " + overtimeMinutes + " min after the scheduled end");
        }

        List<Span> present = present(sessions, shift.end());
        long adherent = Span.seconds(Span.intersect(work, present));

        int awayUnreported = 0;
        int awayOverLimit = 0;
        Instant departed = lastOut == null ? shift.end() : lastOut;
        List<Span> offSeat = departed.isAfter(firstIn)
                ? Span.subtract(List.of(new Span(firstIn, departed)), present) : List.of();
        for (Span gap : offSeat) {
            // breaks inside an away period are the agent's own time; approved leave is excused time
            List<Span> counted = Span.subtract(Span.subtract(List.of(gap), shift.breaks()), leaveRanges);
            int minutes = (int) (Span.seconds(counted) / 60);
            boolean reported = sessions.stream().flatMap(s -> s.aways().stream())
                    .anyMatch(a -> a.reported() && gap.contains(a.start()));
            if (minutes > policy.awayAbsenceMinutes()) {
                awayOverLimit++;
                remarks.add("away " + minutes + " min from " + gap.start() + " without approved leave: absence");
            } else if (minutes > policy.awayReportMinutes() && !reported) {
                awayUnreported++;
                remarks.add("away " + minutes + " min from " + gap.start() + " not reported to the supervisor");
            }
        }

        int tierBreaches = (lateTier.isFined() ? 1 : 0) + (earlyTier.isFined() ? 1 : 0);
        boolean absent = lateTier == Tier.ABSENCE || earlyTier == Tier.ABSENCE || awayOverLimit > 0;
        BigDecimal fine = policy.fine(lateTier).add(policy.fine(earlyTier));
        Outcome outcome = absent ? Outcome.ABSENCE
                : lateTier.isFined() && earlyTier.isFined() ? Outcome.LATE_AND_EARLY
                : lateTier.isFined() ? Outcome.LATE
                : earlyTier.isFined() ? Outcome.EARLY_LEAVE
                : awayUnreported > 0 ? Outcome.AWAY_VIOLATION
                : Outcome.ON_TIME;
        return new ShiftOutcome(outcome, firstIn, lastOut, lateMinutes, lateTier, earlyMinutes, earlyTier, overtimeMinutes,
                awayUnreported, awayOverLimit, open, tierBreaches, absent ? 1 : 0, fine, scheduled, adherent, remarks);
    }

    private static ShiftOutcome excused(List<String> remarks) {
        return new ShiftOutcome(Outcome.EXCUSED, null, null, 0, Tier.NONE, 0, Tier.NONE, 0, 0, 0, false, 0, 0,
                BigDecimal.ZERO, 0, 0, remarks);
    }

    private static void describe(List<String> remarks, String what, int minutes, Tier tier) {
        if (tier != Tier.NONE) {
            remarks.add(what + " " + minutes + " min: " + (tier == Tier.ABSENCE ? "absence" : tier.name().toLowerCase() + " tier"));
        }
    }

    static int wholeMinutes(Instant from, Instant to) {
        return to.isAfter(from) ? (int) Duration.between(from, to).toMinutes() : 0;
    }

    private static boolean belongsTo(Session s, ScheduledShift shift) {
        boolean startsInWindow = !s.in().isBefore(shift.start().minus(EARLIEST_ARRIVAL)) && s.in().isBefore(shift.end());
        return startsInWindow && (s.out() == null || s.out().isAfter(shift.start()));
    }

    private static Instant pushPast(Instant t, List<Span> ranges) {
        Instant result = t;
        for (Span r : Span.normalise(ranges)) {
            if (r.contains(result)) {
                result = r.end();
            }
        }
        return result;
    }

    private static Instant pullBefore(Instant t, List<Span> ranges) {
        Instant result = t;
        List<Span> sorted = new ArrayList<>(Span.normalise(ranges));
        sorted.sort(Comparator.comparing(Span::start).reversed());
        for (Span r : sorted) {
            if (r.start().isBefore(result) && !r.end().isBefore(result)) {
                result = r.start();
            }
        }
        return result;
    }

    /** Clocked in and not away; an open session counts until the scheduled end. */
    private static List<Span> present(List<Session> sessions, Instant shiftEnd) {
        List<Span> on = new ArrayList<>();
        List<Span> away = new ArrayList<>();
        for (Session s : sessions) {
            Instant out = s.out() != null ? s.out() : (shiftEnd.isAfter(s.in()) ? shiftEnd : s.in());
            on.add(new Span(s.in(), out));
            for (Away a : s.aways()) {
                Instant end = a.end() != null ? a.end() : out;
                if (end.isAfter(a.start())) {
                    away.add(new Span(a.start(), end));
                }
            }
        }
        return Span.subtract(on, away);
    }

    /** Folds events (any order) into sessions; events that do not fit the sequence are skipped. */
    static List<Session> sessions(List<ClockEvent> events) {
        List<ClockEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(ClockEvent::at));
        List<Session> sessions = new ArrayList<>();
        Instant in = null;
        List<Away> aways = new ArrayList<>();
        Instant awayStart = null;
        boolean awayReported = false;
        for (ClockEvent e : sorted) {
            switch (e.kind()) {
                case CLOCK_IN -> {
                    if (in == null) {
                        in = e.at();
                        aways = new ArrayList<>();
                    }
                }
                case AWAY_START -> {
                    if (in != null && awayStart == null) {
                        awayStart = e.at();
                        awayReported = e.reported();
                    }
                }
                case AWAY_END -> {
                    if (awayStart != null) {
                        aways.add(new Away(awayStart, e.at(), awayReported));
                        awayStart = null;
                    }
                }
                case CLOCK_OUT -> {
                    if (in != null) {
                        if (awayStart != null) {
                            aways.add(new Away(awayStart, e.at(), awayReported));
                            awayStart = null;
                        }
                        sessions.add(new Session(in, e.at(), List.copyOf(aways)));
                        in = null;
                    }
                }
            }
        }
        if (in != null) {
            if (awayStart != null) {
                aways.add(new Away(awayStart, null, awayReported));
            }
            sessions.add(new Session(in, null, List.copyOf(aways)));
        }
        return sessions;
    }
}
