package io.paiban.floor.servicelevel.report;

import io.paiban.floor.servicelevel.actuals.ActualsStore.ItemRow;
import io.paiban.floor.servicelevel.actuals.ActualsStore.LiveRow;
import io.paiban.floor.servicelevel.actuals.ActualsStore.QualityRow;
import io.paiban.floor.servicelevel.metrics.ScheduledAgentTime.AgentInterval;

import java.util.List;
import java.util.Map;

/** The actuals of some queues over site-local dates, each row already inside the range in its queue's zone. */
public record ScopeActuals(Map<Long, QueueInfo> queues, List<LiveRow> live, List<ItemRow> items, List<QualityRow> quality,
                           List<AgentInterval> agentTime) {
}
