package io.paiban.planning.roster.replan;

/**
 * How much of a published roster a re-plan may move. In every mode agent-days that now break a hard rule
 * (a sick call, new leave, a lost certification) are unpinned, and every other published day carries the
 * stability penalty.
 * <ul>
 *   <li>AFFECTED_ONLY: only those agent-days; everything else stays pinned.</li>
 *   <li>FILL_GAPS: also the days off of other agents on the affected dates, so someone may be called in;
 *   published shifts of unaffected agents stay pinned.</li>
 *   <li>FULL: every agent-day from {@code freeFrom} on (default: the first day), kept close to the published
 *   roster only by the stability penalty, e.g. after a new forecast.</li>
 * </ul>
 */
public enum ReplanMode {
    AFFECTED_ONLY, FILL_GAPS, FULL
}
