package io.paiban.floor.intraday;

import io.paiban.planning.roster.store.ChangeReason;
import io.paiban.planning.roster.store.RosterChange;
import io.paiban.planning.roster.store.RosterStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes an accepted intraday change into a published roster: draft and published duty of the agent-day both
 * take the new duty (pinned, source MANUAL), so the roster shows no unpublished change, agents' shift views and
 * calendar feeds show it at once, and the change log gets one INTRADAY row with before and after.
 */
@ApplicationScoped
public class PublishedDutyWriter {

    @Inject
    RosterStore store;

    void write(long rosterId, long agentId, LocalDate date, Long beforeTemplate, Long beforeQueue, Long templateId, Long queueId,
               String note, String actor, Instant at) {
        store.savePublished(rosterId, agentId, date, templateId, queueId);
        RosterChange.log(rosterId, agentId, date, beforeTemplate, beforeQueue, templateId, queueId, ChangeReason.INTRADAY, actor, note, at);
    }
}
