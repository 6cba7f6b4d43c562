package io.paiban.masterdata.workforce;

import io.paiban.kernel.EmploymentType;

import io.paiban.kernel.AgentStatus;

import java.util.Optional;

/** Optional criteria of the agent list; empty means any. */
public record AgentFilter(Optional<Long> siteId, Optional<AgentStatus> status,
                          Optional<EmploymentType> employmentType, Optional<Long> queueId) {
}
