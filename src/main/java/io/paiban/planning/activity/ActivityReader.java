package io.paiban.planning.activity;

import io.paiban.planning.roster.publication.DutyActivities;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Gives {@link io.paiban.planning.roster.publication.PublishedDuties} the activities of published agent-days. */
@ApplicationScoped
public class ActivityReader implements DutyActivities {

    @Override
    public List<Activity> of(Collection<Long> agentIds, LocalDate from, LocalDate to) {
        if (agentIds.isEmpty()) {
            return List.of();
        }
        return ShiftActivity.<ShiftActivity>list("agentId in ?1 and workDate >= ?2 and workDate <= ?3", List.copyOf(agentIds), from, to)
                .stream()
                .map(a -> new Activity(a.rosterId, a.agentId, a.workDate, a.templateId, a.kind,
                        a.source == ActivitySource.PLACED && a.kind.isBreak(), a.startsAt, a.endsAt, a.paid))
                .toList();
    }
}
