package io.paiban.floor.attendance.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What one shift of one agent came to.
 *
 * @param tierBreaches     fined late arrivals and early leaves (0-2), counted towards the monthly limit
 * @param awayUnreported   away periods longer than the report limit, not reported, not over the absence limit
 * @param awayOverLimit    away periods longer than the absence limit without approved leave
 * @param absences         0 or 1: a shift costs at most one absence, however many rules it breaks
 * @param scheduledSeconds scheduled time excluding breaks and approved partial leave (adherence denominator)
 * @param adherentSeconds  the part of it the agent was clocked in and not away
 */
public record ShiftOutcome(Outcome outcome, Instant clockIn, Instant clockOut, int lateMinutes, Tier lateTier,
                           int earlyMinutes, Tier earlyTier, int overtimeMinutes, int awayUnreported, int awayOverLimit,
                           boolean missingClockOut, int tierBreaches, int absences, BigDecimal fine, long scheduledSeconds,
                           long adherentSeconds, List<String> remarks) {
}
