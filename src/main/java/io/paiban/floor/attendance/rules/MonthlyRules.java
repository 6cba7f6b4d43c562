package io.paiban.floor.attendance.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Adds up an agent's shift outcomes and verified complaints of one month under the site's policy. */
public final class MonthlyRules {

    private MonthlyRules() {
    }

    public static MonthTotals summarise(AttendancePolicy policy, List<ShiftOutcome> shifts, int verifiedComplaints) {
        int onTime = 0;
        int late = 0;
        int early = 0;
        int breaches = 0;
        int noShows = 0;
        int shiftAbsences = 0;
        int away = 0;
        int overtime = 0;
        long scheduled = 0;
        long adherent = 0;
        BigDecimal lateFines = BigDecimal.ZERO;
        for (ShiftOutcome s : shifts) {
            onTime += s.outcome() == Outcome.ON_TIME ? 1 : 0;
            late += s.lateTier().isFined() ? 1 : 0;
            early += s.earlyTier().isFined() ? 1 : 0;
            breaches += s.tierBreaches();
            noShows += s.outcome() == Outcome.NO_SHOW ? 1 : 0;
            shiftAbsences += s.absences();
            away += s.awayUnreported() + s.awayOverLimit();
            overtime += s.overtimeMinutes();
            scheduled += s.scheduledSeconds();
            adherent += s.adherentSeconds();
            lateFines = lateFines.add(s.fine());
        }
        int latenessAbsences = policy.latesPerAbsence() > 0 ? breaches / policy.latesPerAbsence() : 0;
        int absences = shiftAbsences + latenessAbsences;
        boolean bonusKept = absences < policy.absencesForfeitingBonus() && latenessAbsences == 0;
        BigDecimal payable = bonusKept ? policy.fullAttendanceBonus().subtract(lateFines).max(BigDecimal.ZERO) : BigDecimal.ZERO;
        List<String> flags = new ArrayList<>();
        if (absences >= policy.absencesForDismissal()) {
            flags.add(absences + " absences");
        }
        if (verifiedComplaints >= policy.complaintsForDismissal()) {
            flags.add(verifiedComplaints + " complaints");
        }
        return new MonthTotals(shifts.size() - (int) shifts.stream().filter(s -> s.outcome() == Outcome.EXCUSED).count(),
                onTime, late, early, breaches, noShows, absences, away, overtime, lateFines, verifiedComplaints,
                complaintFines(policy, verifiedComplaints), policy.fullAttendanceBonus(), bonusKept, payable, flags,
                scheduled, adherent);
    }

    /** The first complaint of a month costs the first fine, every further one the doubled fine. */
    public static BigDecimal complaintFines(AttendancePolicy policy, int complaints) {
        if (complaints <= 0) {
            return BigDecimal.ZERO;
        }
        return policy.firstComplaintFine().add(policy.repeatComplaintFine().multiply(BigDecimal.valueOf(complaints - 1L)));
    }
}
