package io.paiban.planning.roster.solver;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.SortedSet;
import java.util.function.Function;

import static io.paiban.planning.roster.solver.RosterConstraintConfiguration.*;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSortedSet;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;

/**
 * The roster rules. forEach(AgentDay) only sees working days (OptaPlanner drops entities whose nullable
 * variable is null); rules about days off use forEachIncludingNullVars. Weights live in
 * {@link RosterConstraintConfiguration}; the match weight carries the magnitude of each breach.
 */
public class RosterConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[]{
                activeAgentCertifiedForQueue(factory),
                approvedLeaveRespected(factory),
                minimumRestBetweenShifts(factory),
                minimumRestAfterPreviousRoster(factory),
                atMostSixConsecutiveWorkingDays(factory),
                dayOffEveryCalendarWeek(factory),
                contractHoursPerWeek(factory),
                nightShiftOnlyForEligibleAgents(factory),
                flexPoolAgentOnlyOnOfferedDays(factory),
                understaffing(factory),
                uncoveredInterval(factory),
                overstaffing(factory),
                labourCost(factory),
                peakTemplatePremium(factory),
                paidTimeOutsideOpeningHours(factory),
                fairSpreadOfNightShifts(factory),
                fairSpreadOfWeekendWork(factory),
                restDayRotation(factory),
                undesiredDayOrShift(factory),
                desiredDayOrShiftNotGranted(factory),
                sameShiftStartThroughStretch(factory),
                stabilityAgainstPublishedRoster(factory)
        };
    }

    // ---- hard -------------------------------------------------------------------------------------

    /** Trainees are never on live queues, nor anyone on a queue whose certification has lapsed (missed training); a pinned or imported duty can still break this. */
    Constraint activeAgentCertifiedForQueue(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(day -> !day.getAgent().isActive() || !day.getAgent().isCertifiedFor(day.getQueue(), day.getDate()))
                .penalizeConfigurableLong(day -> 1)
                .asConstraint(ACTIVE_AND_CERTIFIED);
    }

    Constraint approvedLeaveRespected(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .join(Unavailability.class, equal(AgentDay::getAgent, Unavailability::agent))
                .filter((day, leave) -> leave.conflictMinutes(day.getShift()) > 0)
                .penalizeConfigurableLong((day, leave) -> leave.conflictMinutes(day.getShift()))
                .asConstraint(LEAVE_RESPECTED);
    }

    /** Shifts are shorter than a day, so only shifts on adjacent days can come closer than the minimum rest. */
    Constraint minimumRestBetweenShifts(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .join(AgentDay.class,
                        equal(AgentDay::getAgent),
                        equal(day -> day.getDayIndex() + 1, AgentDay::getDayIndex))
                .filter((first, next) -> missingRest(first, next) > 0)
                .penalizeConfigurableLong(RosterConstraintProvider::missingRest)
                .asConstraint(MINIMUM_REST);
    }

    private static long missingRest(AgentDay first, AgentDay next) {
        int rest = next.getShift().getStartMinute() - first.getShift().getEndMinute();
        return Math.max(0, first.getAgent().getRules().minRestMinutes() - rest);
    }

    /** Sunday's night shift ends on Monday: the first shifts of the horizon must respect it too. */
    Constraint minimumRestAfterPreviousRoster(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(day -> missingRestAfterHistory(day) > 0)
                .penalizeConfigurableLong(RosterConstraintProvider::missingRestAfterHistory)
                .asConstraint(MINIMUM_REST_AFTER_HISTORY);
    }

    private static long missingRestAfterHistory(AgentDay day) {
        Integer lastEnd = day.getAgent().getHistory().lastShiftEndMinute();
        if (lastEnd == null) {
            return 0;
        }
        int rest = day.getShift().getStartMinute() - lastEnd;
        return Math.max(0, day.getAgent().getRules().minRestMinutes() - rest);
    }

    Constraint atMostSixConsecutiveWorkingDays(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .groupBy(AgentDay::getAgent, toSortedSet(AgentDay::getDayIndex))
                .filter((agent, days) -> excessDays(agent, days) > 0)
                .penalizeConfigurableLong(RosterConstraintProvider::excessDays)
                .asConstraint(MAX_CONSECUTIVE_DAYS);
    }

    private static long excessDays(RosterAgent agent, SortedSet<Integer> days) {
        return WorkingPatterns.excessConsecutiveDays(days, agent.getHistory(), agent.getRules().maxConsecutiveDays());
    }

    /** Implied by the six-day rule at its default, but stays when a peak contract allows longer stretches. */
    Constraint dayOffEveryCalendarWeek(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .groupBy(AgentDay::getAgent, AgentDay::getWeekIndex, count())
                .filter((agent, week, days) -> days >= 7)
                .penalizeConfigurableLong((agent, week, days) -> days - 6L)
                .asConstraint(DAY_OFF_EVERY_WEEK);
    }

    Constraint contractHoursPerWeek(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .groupBy(AgentDay::getAgent, AgentDay::getWeekIndex, sum(day -> day.getShift().getPaidMinutes()))
                .filter((agent, week, minutes) -> minutes > agent.getContractMinutesPerWeek())
                .penalizeConfigurableLong((agent, week, minutes) -> minutes - (long) agent.getContractMinutesPerWeek())
                .asConstraint(CONTRACT_HOURS);
    }

    Constraint nightShiftOnlyForEligibleAgents(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(day -> day.getShift().isNight() && !day.getAgent().isNightEligible())
                .penalizeConfigurableLong(day -> 1)
                .asConstraint(NIGHT_ELIGIBILITY);
    }

    Constraint flexPoolAgentOnlyOnOfferedDays(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(day -> !day.getAgent().isAvailableOn(day.getDate()))
                .penalizeConfigurableLong(day -> 1)
                .asConstraint(FLEX_OFFERED_DAYS);
    }

    // ---- medium: coverage ---------------------------------------------------------------------------

    /**
     * Squared shortfall: two agents missing in one interval (4) weigh more than one missing in each of two
     * intervals (2), so the solver fills the deepest holes first. Slots nobody covers are in the next rule.
     */
    Constraint understaffing(ConstraintFactory factory) {
        return agentsPerSlot(factory)
                .filter((slot, agents) -> agents < slot.getRequired())
                .penalizeConfigurableLong((slot, agents) -> square(slot.getRequired() - agents))
                .asConstraint(UNDERSTAFFING);
    }

    /**
     * The grouped coverage above never sees a slot without any agent. A shift starting on day d only covers
     * intervals of days d and d+1, so two indexed ifNotExists (same queue, that day) keep this incremental.
     */
    Constraint uncoveredInterval(ConstraintFactory factory) {
        return factory.forEach(CoverageSlot.class)
                .filter(slot -> slot.getRequired() > 0)
                .ifNotExists(AgentDay.class,
                        equal(CoverageSlot::getQueue, AgentDay::getQueue),
                        equal(CoverageSlot::getDayIndex, AgentDay::getDayIndex),
                        filtering((slot, day) -> day.covers(slot)))
                .ifNotExists(AgentDay.class,
                        equal(CoverageSlot::getQueue, AgentDay::getQueue),
                        equal(slot -> slot.getDayIndex() - 1, AgentDay::getDayIndex),
                        filtering((slot, day) -> day.covers(slot)))
                .penalizeConfigurableLong(slot -> square(slot.getRequired()))
                .asConstraint(UNCOVERED_INTERVAL);
    }

    /**
     * Agents present per covered slot. Built from the same function and collector instances each time, so
     * Bavet shares the flatten and group nodes between understaffing and overstaffing.
     */
    private static BiConstraintStream<CoverageSlot, Integer> agentsPerSlot(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .flattenLast(COVERED_SLOTS)
                .groupBy(SLOT_KEY, AGENT_COUNT);
    }

    private static final Function<AgentDay, Iterable<CoverageSlot>> COVERED_SLOTS = AgentDay::getCoveredSlots;
    private static final Function<CoverageSlot, CoverageSlot> SLOT_KEY = Function.identity();
    private static final UniConstraintCollector<CoverageSlot, ?, Integer> AGENT_COUNT = count();

    private static long square(long value) {
        return value * value;
    }

    // ---- soft ---------------------------------------------------------------------------------------

    /** Agent-intervals beyond the requirement, including intervals that require nobody. */
    Constraint overstaffing(ConstraintFactory factory) {
        return agentsPerSlot(factory)
                .filter((slot, agents) -> agents > slot.getRequired())
                .penalizeConfigurableLong((slot, agents) -> agents - (long) slot.getRequired())
                .asConstraint(OVERSTAFFING);
    }

    /** In fen; flex-pool agents cost more per hour and night minutes carry a premium. */
    Constraint labourCost(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .penalizeConfigurableLong(day -> day.getAgent().costFen(day.getShift()))
                .asConstraint(LABOUR_COST);
    }

    /**
     * Peak templates (12:00-21:00, 20:00-04:00) cost more than the standard day and night shifts: per paid minute, so
     * the solver uses them only where they cover demand the standard shifts cannot.
     */
    Constraint peakTemplatePremium(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(day -> day.getShift().isPeak())
                .penalizeConfigurableLong(day -> day.getShift().getPaidMinutes())
                .asConstraint(PEAK_PREMIUM);
    }

    /** Paid minutes in which the agent's queue is closed: paid time that covers nothing. */
    Constraint paidTimeOutsideOpeningHours(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(day -> day.getDuty().getMinutesOutsideOpening() > 0)
                .penalizeConfigurableLong(day -> day.getDuty().getMinutesOutsideOpening())
                .asConstraint(OUTSIDE_OPENING);
    }

    /** Squared count per agent: for the same total, an even spread has the least sum of squares. */
    Constraint fairSpreadOfNightShifts(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(day -> day.getShift().isNight())
                .groupBy(AgentDay::getAgent, count())
                .penalizeConfigurableLong((agent, nights) -> square(nights))
                .asConstraint(NIGHT_FAIRNESS);
    }

    Constraint fairSpreadOfWeekendWork(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .filter(AgentDay::isWeekend)
                .groupBy(AgentDay::getAgent, count())
                .penalizeConfigurableLong((agent, days) -> square(days))
                .asConstraint(WEEKEND_FAIRNESS);
    }

    /** In-house rest days move around the week: a rest day on last week's rest weekday costs. */
    Constraint restDayRotation(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(AgentDay.class)
                .filter(day -> !day.isWorking() && !day.getAgent().isFlexPool())
                .groupBy(AgentDay::getAgent, toList(AgentDay::getDate))
                .filter((agent, daysOff) -> WorkingPatterns.repeatedRestDays(daysOff, agent.getHistory()) > 0)
                .penalizeConfigurableLong((agent, daysOff) -> WorkingPatterns.repeatedRestDays(daysOff, agent.getHistory()))
                .asConstraint(REST_DAY_ROTATION);
    }

    Constraint undesiredDayOrShift(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .join(AgentPreference.class,
                        equal(AgentDay::getAgent, AgentPreference::agent),
                        filtering((day, wish) -> !wish.desired() && wish.isBrokenBy(day.getDate(), day.getDuty())))
                .penalizeConfigurableLong((day, wish) -> wish.weight())
                .asConstraint(UNDESIRED_SHIFT);
    }

    Constraint desiredDayOrShiftNotGranted(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(AgentDay.class)
                .join(AgentPreference.class,
                        equal(AgentDay::getAgent, AgentPreference::agent),
                        filtering((day, wish) -> wish.desired() && wish.isBrokenBy(day.getDate(), day.getDuty())))
                .penalizeConfigurableLong((day, wish) -> wish.weight())
                .asConstraint(DESIRED_SHIFT);
    }

    /** Minutes the start moves between consecutive working days: flipping day and night tires agents. */
    Constraint sameShiftStartThroughStretch(ConstraintFactory factory) {
        return factory.forEach(AgentDay.class)
                .join(AgentDay.class,
                        equal(AgentDay::getAgent),
                        equal(day -> day.getDayIndex() + 1, AgentDay::getDayIndex))
                .filter((first, next) -> startShift(first, next) > 0)
                .penalizeConfigurableLong(RosterConstraintProvider::startShift)
                .asConstraint(STABLE_SHIFT_START);
    }

    private static long startShift(AgentDay first, AgentDay next) {
        return WorkingPatterns.startTimeDistance(first.getShift().getStartMinuteOfDay(), next.getShift().getStartMinuteOfDay());
    }

    /** Re-planning after publication: every changed agent-day costs, changed hours twice a changed queue. */
    Constraint stabilityAgainstPublishedRoster(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(AgentDay.class)
                .filter(day -> day.getPublished() != null && day.getPublished().changeWeight(day.getDuty()) > 0)
                .penalizeConfigurableLong(day -> day.getPublished().changeWeight(day.getDuty()))
                .asConstraint(STABILITY);
    }
}
