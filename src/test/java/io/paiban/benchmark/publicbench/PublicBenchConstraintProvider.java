package io.paiban.benchmark.publicbench;

import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.conditionally;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

/**
 * The rules of the Shift Scheduling Benchmark (Curtois and Qu, 2014) as constraint streams, one method per rule,
 * the magnitude of a breach in the match weight (the same magnitudes as {@link Evaluator}). Soft score = minus the
 * benchmark's objective. forEach sees working cells only; rules that must see days off use forEachIncludingNullVars.
 * "At most one shift a day" holds by the model (one cell per employee and day).
 */
public class PublicBenchConstraintProvider implements ConstraintProvider {

    public static final String FIXED_DAY_OFF = "Fixed day off";
    public static final String FORBIDDEN_SUCCESSION = "Forbidden shift succession";
    public static final String MAX_SHIFTS_PER_TYPE = "Maximum shifts per type";
    public static final String MAX_TOTAL_MINUTES = "Maximum total minutes";
    public static final String MIN_TOTAL_MINUTES = "Minimum total minutes";
    public static final String MAX_CONSECUTIVE_SHIFTS = "Maximum consecutive shifts";
    public static final String MIN_CONSECUTIVE_SHIFTS = "Minimum consecutive shifts";
    public static final String MIN_CONSECUTIVE_DAYS_OFF = "Minimum consecutive days off";
    public static final String MAX_WEEKENDS = "Maximum working weekends";
    public static final String SHIFT_ON_REQUEST = "Shift-on request not granted";
    public static final String SHIFT_OFF_REQUEST = "Shift-off request not granted";
    public static final String COVER_UNDER = "Cover below requirement";
    public static final String COVER_OVER = "Cover above requirement";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[]{
                fixedDayOff(factory),
                forbiddenSuccession(factory),
                maxShiftsPerType(factory),
                maxTotalMinutes(factory),
                minTotalMinutes(factory),
                maxConsecutiveShifts(factory),
                minConsecutiveShifts(factory),
                minConsecutiveDaysOff(factory),
                maxWorkingWeekends(factory),
                shiftOnRequest(factory),
                shiftOffRequest(factory),
                coverUnder(factory),
                coverOver(factory)
        };
    }

    private static final java.util.function.Function<EmployeeDay, Staff> STAFF = EmployeeDay::getStaff;

    /**
     * Each employee with the pattern of working days over the horizon. The three run rules build it with the same
     * key function and collector instances, so Bavet shares one group node between them.
     */
    private static org.optaplanner.core.api.score.stream.bi.BiConstraintStream<Staff, WorkPattern> workPatterns(
            ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(EmployeeDay.class).groupBy(STAFF, WorkPattern.collector());
    }

    // ---- hard -------------------------------------------------------------------------------------

    /** Fixed days off are pinned to null by the model; a hand-set or imported roster can still break this. */
    Constraint fixedDayOff(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .join(FixedDayOff.class, equal(EmployeeDay::getStaff, FixedDayOff::staff),
                        equal(EmployeeDay::getDay, FixedDayOff::day))
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint(FIXED_DAY_OFF);
    }

    Constraint forbiddenSuccession(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .join(EmployeeDay.class, equal(EmployeeDay::getStaff),
                        equal(first -> first.getDay() + 1, EmployeeDay::getDay))
                .ifExists(ForbiddenSuccession.class,
                        equal((first, next) -> first.getShift(), ForbiddenSuccession::first),
                        equal((first, next) -> next.getShift(), ForbiddenSuccession::next))
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint(FORBIDDEN_SUCCESSION);
    }

    Constraint maxShiftsPerType(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .groupBy(EmployeeDay::getStaff, EmployeeDay::getShift, count())
                .filter((staff, shift, count) -> count > staff.maxShifts(shift))
                .penalize(HardSoftScore.ONE_HARD, (staff, shift, count) -> count - staff.maxShifts(shift))
                .asConstraint(MAX_SHIFTS_PER_TYPE);
    }

    Constraint maxTotalMinutes(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .groupBy(EmployeeDay::getStaff, sum(EmployeeDay::getMinutes))
                .filter((staff, minutes) -> minutes > staff.maxTotalMinutes())
                .penalize(HardSoftScore.ONE_HARD, (staff, minutes) -> minutes - staff.maxTotalMinutes())
                .asConstraint(MAX_TOTAL_MINUTES);
    }

    /** Includes days off so that an employee with no shift at all is seen. */
    Constraint minTotalMinutes(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(EmployeeDay.class)
                .groupBy(EmployeeDay::getStaff, sum(EmployeeDay::getMinutes))
                .filter((staff, minutes) -> minutes < staff.minTotalMinutes())
                .penalize(HardSoftScore.ONE_HARD, (staff, minutes) -> staff.minTotalMinutes() - minutes)
                .asConstraint(MIN_TOTAL_MINUTES);
    }

    Constraint maxConsecutiveShifts(ConstraintFactory factory) {
        return workPatterns(factory)
                .filter((staff, pattern) -> pattern.excessConsecutiveShifts(staff.maxConsecutiveShifts()) > 0)
                .penalize(HardSoftScore.ONE_HARD,
                        (staff, pattern) -> pattern.excessConsecutiveShifts(staff.maxConsecutiveShifts()))
                .asConstraint(MAX_CONSECUTIVE_SHIFTS);
    }

    /** Runs touching the first or last day of the horizon are exempt (they may continue outside it). */
    Constraint minConsecutiveShifts(ConstraintFactory factory) {
        return workPatterns(factory)
                .filter((staff, pattern) -> pattern.missingConsecutiveShifts(staff.minConsecutiveShifts()) > 0)
                .penalize(HardSoftScore.ONE_HARD,
                        (staff, pattern) -> pattern.missingConsecutiveShifts(staff.minConsecutiveShifts()))
                .asConstraint(MIN_CONSECUTIVE_SHIFTS);
    }

    /** Runs of days off touching the first or last day of the horizon are exempt, as for working runs. */
    Constraint minConsecutiveDaysOff(ConstraintFactory factory) {
        return workPatterns(factory)
                .filter((staff, pattern) -> pattern.missingConsecutiveDaysOff(staff.minConsecutiveDaysOff()) > 0)
                .penalize(HardSoftScore.ONE_HARD,
                        (staff, pattern) -> pattern.missingConsecutiveDaysOff(staff.minConsecutiveDaysOff()))
                .asConstraint(MIN_CONSECUTIVE_DAYS_OFF);
    }

    /** A weekend is worked when the employee works on its Saturday or its Sunday. */
    Constraint maxWorkingWeekends(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(cell -> cell.getWeekend() >= 0)
                .groupBy(EmployeeDay::getStaff, EmployeeDay::getWeekend)
                .groupBy((staff, weekend) -> staff, countBi())
                .filter((staff, weekends) -> weekends > staff.maxWeekends())
                .penalize(HardSoftScore.ONE_HARD, (staff, weekends) -> weekends - staff.maxWeekends())
                .asConstraint(MAX_WEEKENDS);
    }

    // ---- soft: the benchmark's objective ----------------------------------------------------------

    Constraint shiftOnRequest(ConstraintFactory factory) {
        return factory.forEach(ShiftRequest.class)
                .filter(ShiftRequest::on)
                .ifNotExists(EmployeeDay.class, equal(ShiftRequest::staff, EmployeeDay::getStaff),
                        equal(ShiftRequest::day, EmployeeDay::getDay),
                        equal(ShiftRequest::shift, EmployeeDay::getShift))
                .penalize(HardSoftScore.ONE_SOFT, ShiftRequest::weight)
                .asConstraint(SHIFT_ON_REQUEST);
    }

    Constraint shiftOffRequest(ConstraintFactory factory) {
        return factory.forEach(ShiftRequest.class)
                .filter(request -> !request.on())
                .ifExists(EmployeeDay.class, equal(ShiftRequest::staff, EmployeeDay::getStaff),
                        equal(ShiftRequest::day, EmployeeDay::getDay),
                        equal(ShiftRequest::shift, EmployeeDay::getShift))
                .penalize(HardSoftScore.ONE_SOFT, ShiftRequest::weight)
                .asConstraint(SHIFT_OFF_REQUEST);
    }

    /**
     * Every cover meets all cells of its day (days off included), so a shift nobody works still forms a group
     * with a count of 0.
     */
    Constraint coverUnder(ConstraintFactory factory) {
        return factory.forEach(Cover.class)
                .join(factory.forEachIncludingNullVars(EmployeeDay.class), equal(Cover::day, EmployeeDay::getDay))
                .groupBy((cover, cell) -> cover, conditionally((cover, cell) -> cover.shift() == cell.getShift(), countBi()))
                .filter((cover, count) -> count < cover.requirement())
                .penalize(HardSoftScore.ONE_SOFT, (cover, count) -> cover.underWeight() * (cover.requirement() - count))
                .asConstraint(COVER_UNDER);
    }

    Constraint coverOver(ConstraintFactory factory) {
        return factory.forEach(Cover.class)
                .join(EmployeeDay.class, equal(Cover::day, EmployeeDay::getDay),
                        equal(Cover::shift, EmployeeDay::getShift))
                .groupBy((cover, cell) -> cover, countBi())
                .filter((cover, count) -> count > cover.requirement())
                .penalize(HardSoftScore.ONE_SOFT, (cover, count) -> cover.overWeight() * (count - cover.requirement()))
                .asConstraint(COVER_OVER);
    }
}
