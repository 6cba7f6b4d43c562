package io.paiban.planning.roster.publication;

import io.paiban.kernel.ActivityKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The activities inside published shifts (placed breaks, meetings, briefings, handovers, coaching, training), as
 * {@link PublishedDuties} needs them. Implemented by {@code planning.activity}, which owns the activity tables and
 * itself reads published duties: the interface keeps the dependency one way.
 */
public interface DutyActivities {

    /**
     * An activity of an agent-day. rosterId and templateId, when set, say which published duty it was planned for:
     * it applies only while that roster's duty with that template wins the day.
     *
     * @param placedBreak a break or lunch placed by the break step: the template's fixed breaks then no longer apply
     */
    record Activity(Long rosterId, long agentId, LocalDate workDate, Long templateId, ActivityKind kind, boolean placedBreak,
                    Instant startsAt, Instant endsAt, boolean paid) {
    }

    /** Activities of the agents whose work date is in [from, to]. */
    List<Activity> of(Collection<Long> agentIds, LocalDate from, LocalDate to);
}
