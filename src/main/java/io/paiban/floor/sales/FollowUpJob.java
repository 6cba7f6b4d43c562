package io.paiban.floor.sales;

import io.paiban.platform.cluster.ScheduledJobRuns;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * On {@code paiban.sales.follow-up-cron} (every 15 minutes) turns orders unpaid after 12 hours into follow-up tasks. A firing
 * runs once across replicas (scheduled_job_run); the insert itself skips orders already followed up, so a second run,
 * a REST call in between or a replay creates nothing twice.
 */
@ApplicationScoped
public class FollowUpJob {

    private static final Logger LOG = Logger.getLogger(FollowUpJob.class);

    @Inject
    FollowUpService followUps;

    @Inject
    ScheduledJobRuns runs;

    @Scheduled(identity = "sale-follow-ups", cron = "${paiban.sales.follow-up-cron:0 */15 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runs.run("sale-follow-ups", execution.getScheduledFireTime(), () -> followUps.run(Instant.now()))
                .filter(r -> r.created() > 0 || r.closedAsPaid() > 0 || !r.withoutQueue().isEmpty())
                .ifPresent(r -> LOG.infof("Follow-ups of unpaid orders: %d created, %d closed as paid, %d orders without a queue",
                        r.created(), r.closedAsPaid(), r.withoutQueue().size()));
    }
}
