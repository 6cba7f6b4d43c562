package io.paiban.floor.servicelevel.report;

import io.paiban.floor.servicelevel.actuals.ActualsStore.ItemRow;
import io.paiban.floor.servicelevel.actuals.ActualsStore.LiveRow;
import io.paiban.floor.servicelevel.actuals.ActualsStore.QualityRow;
import io.paiban.floor.servicelevel.metrics.ScheduledAgentTime.AgentInterval;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The actuals of some queues over site-local dates, each row already inside the range in its queue's zone. */
public record ScopeActuals(Map<Long, QueueInfo> queues, List<LiveRow> live, List<ItemRow> items, List<QualityRow> quality,
                           List<AgentInterval> agentTime, List<Complaint> complaints) {

    /** A complaint received in the range, with its handling deadline and the zone its periods are counted in. */
    public record Complaint(Instant received, Instant closed, Instant due, ZoneId zone) {
    }
}
