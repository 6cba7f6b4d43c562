package io.paiban.planning.roster.solver;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Weight of every roster constraint, with the defaults documented in docs/rostering.md. Hard rules
 * weigh 1 per unit of breach (day, minute); understaffing sits on its own medium level so coverage always
 * beats the soft goals; soft weights are in fen (0.01 yuan): what the center would pay to avoid one unit.
 */
@ConstraintConfiguration(constraintPackage = RosterConstraintConfiguration.PACKAGE)
public class RosterConstraintConfiguration {

    public static final String PACKAGE = "io.paiban.roster.solver";

    public static final String ACTIVE_AND_CERTIFIED = "Active agent certified for the queue";
    public static final String LEAVE_RESPECTED = "Approved leave respected";
    public static final String MINIMUM_REST = "Minimum rest between shifts";
    public static final String MINIMUM_REST_AFTER_HISTORY = "Minimum rest after the previous roster";
    public static final String MAX_CONSECUTIVE_DAYS = "At most six consecutive working days";
    public static final String DAY_OFF_EVERY_WEEK = "A day off every calendar week";
    public static final String CONTRACT_HOURS = "Contract hours per week";
    public static final String NIGHT_ELIGIBILITY = "Night shift only for eligible agents";
    public static final String FLEX_OFFERED_DAYS = "Flex-pool agent only on offered days";
    public static final String UNDERSTAFFING = "Understaffing";
    public static final String UNCOVERED_INTERVAL = "Uncovered interval";
    public static final String OVERSTAFFING = "Overstaffing";
    public static final String LABOUR_COST = "Labour cost";
    public static final String PEAK_PREMIUM = "Peak template premium";
    public static final String OUTSIDE_OPENING = "Paid time outside opening hours";
    public static final String NIGHT_FAIRNESS = "Fair spread of night shifts";
    public static final String WEEKEND_FAIRNESS = "Fair spread of weekend work";
    public static final String REST_DAY_ROTATION = "Rest day rotation";
    public static final String UNDESIRED_SHIFT = "Undesired day or shift";
    public static final String DESIRED_SHIFT = "Desired day or shift not granted";
    public static final String STABLE_SHIFT_START = "Same shift start through a working stretch";
    public static final String STABILITY = "Stability against the published roster";

    @ConstraintWeight(ACTIVE_AND_CERTIFIED)
    private HardMediumSoftLongScore activeAndCertified = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(LEAVE_RESPECTED)
    private HardMediumSoftLongScore leaveRespected = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(MINIMUM_REST)
    private HardMediumSoftLongScore minimumRest = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(MINIMUM_REST_AFTER_HISTORY)
    private HardMediumSoftLongScore minimumRestAfterHistory = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(MAX_CONSECUTIVE_DAYS)
    private HardMediumSoftLongScore maxConsecutiveDays = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(DAY_OFF_EVERY_WEEK)
    private HardMediumSoftLongScore dayOffEveryWeek = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(CONTRACT_HOURS)
    private HardMediumSoftLongScore contractHours = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(NIGHT_ELIGIBILITY)
    private HardMediumSoftLongScore nightEligibility = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(FLEX_OFFERED_DAYS)
    private HardMediumSoftLongScore flexOfferedDays = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(UNDERSTAFFING)
    private HardMediumSoftLongScore understaffing = HardMediumSoftLongScore.ofMedium(1);
    @ConstraintWeight(UNCOVERED_INTERVAL)
    private HardMediumSoftLongScore uncoveredInterval = HardMediumSoftLongScore.ofMedium(1);
    @ConstraintWeight(OVERSTAFFING)
    private HardMediumSoftLongScore overstaffing = HardMediumSoftLongScore.ofSoft(500);
    @ConstraintWeight(LABOUR_COST)
    private HardMediumSoftLongScore labourCost = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight(PEAK_PREMIUM)
    private HardMediumSoftLongScore peakPremium = HardMediumSoftLongScore.ofSoft(10);
    @ConstraintWeight(OUTSIDE_OPENING)
    private HardMediumSoftLongScore outsideOpening = HardMediumSoftLongScore.ofSoft(50);
    @ConstraintWeight(NIGHT_FAIRNESS)
    private HardMediumSoftLongScore nightFairness = HardMediumSoftLongScore.ofSoft(2_000);
    @ConstraintWeight(WEEKEND_FAIRNESS)
    private HardMediumSoftLongScore weekendFairness = HardMediumSoftLongScore.ofSoft(1_000);
    @ConstraintWeight(REST_DAY_ROTATION)
    private HardMediumSoftLongScore restDayRotation = HardMediumSoftLongScore.ofSoft(3_000);
    @ConstraintWeight(UNDESIRED_SHIFT)
    private HardMediumSoftLongScore undesiredShift = HardMediumSoftLongScore.ofSoft(5_000);
    @ConstraintWeight(DESIRED_SHIFT)
    private HardMediumSoftLongScore desiredShift = HardMediumSoftLongScore.ofSoft(5_000);
    @ConstraintWeight(STABLE_SHIFT_START)
    private HardMediumSoftLongScore stableShiftStart = HardMediumSoftLongScore.ofSoft(20);
    @ConstraintWeight(STABILITY)
    private HardMediumSoftLongScore stability = HardMediumSoftLongScore.ofSoft(10_000);

    /** Sets a weight by constraint name, e.g. from a per-roster override map; unknown names are rejected. */
    public RosterConstraintConfiguration with(String constraintName, HardMediumSoftLongScore weight) {
        try {
            for (var field : RosterConstraintConfiguration.class.getDeclaredFields()) {
                ConstraintWeight annotation = field.getAnnotation(ConstraintWeight.class);
                if (annotation != null && annotation.value().equals(constraintName)) {
                    field.set(this, weight);
                    return this;
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("no roster constraint named '" + constraintName + "'");
    }

    public HardMediumSoftLongScore getActiveAndCertified() {
        return activeAndCertified;
    }

    public HardMediumSoftLongScore getLeaveRespected() {
        return leaveRespected;
    }

    public HardMediumSoftLongScore getMinimumRest() {
        return minimumRest;
    }

    public HardMediumSoftLongScore getMinimumRestAfterHistory() {
        return minimumRestAfterHistory;
    }

    public HardMediumSoftLongScore getMaxConsecutiveDays() {
        return maxConsecutiveDays;
    }

    public HardMediumSoftLongScore getDayOffEveryWeek() {
        return dayOffEveryWeek;
    }

    public HardMediumSoftLongScore getContractHours() {
        return contractHours;
    }

    public HardMediumSoftLongScore getNightEligibility() {
        return nightEligibility;
    }

    public HardMediumSoftLongScore getFlexOfferedDays() {
        return flexOfferedDays;
    }

    public HardMediumSoftLongScore getUnderstaffing() {
        return understaffing;
    }

    public HardMediumSoftLongScore getUncoveredInterval() {
        return uncoveredInterval;
    }

    public HardMediumSoftLongScore getOverstaffing() {
        return overstaffing;
    }

    public HardMediumSoftLongScore getLabourCost() {
        return labourCost;
    }

    public HardMediumSoftLongScore getPeakPremium() {
        return peakPremium;
    }

    public HardMediumSoftLongScore getOutsideOpening() {
        return outsideOpening;
    }

    public HardMediumSoftLongScore getNightFairness() {
        return nightFairness;
    }

    public HardMediumSoftLongScore getWeekendFairness() {
        return weekendFairness;
    }

    public HardMediumSoftLongScore getRestDayRotation() {
        return restDayRotation;
    }

    public HardMediumSoftLongScore getUndesiredShift() {
        return undesiredShift;
    }

    public HardMediumSoftLongScore getDesiredShift() {
        return desiredShift;
    }

    public HardMediumSoftLongScore getStableShiftStart() {
        return stableShiftStart;
    }

    public HardMediumSoftLongScore getStability() {
        return stability;
    }
}
