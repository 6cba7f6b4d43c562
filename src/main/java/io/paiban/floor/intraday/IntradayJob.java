package io.paiban.floor.intraday;

import io.paiban.masterdata.site.Site;
import io.paiban.planning.roster.publication.PublishedDuties;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.paiban.platform.cluster.ScheduledJobRuns;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every paiban.intraday.every, each site with a published roster for its own today (in its zone) and a forecast
 * covering now gets a run. One site's failure does not stop the others.
 */
@ApplicationScoped
public class IntradayJob {

    private static final Logger LOG = Logger.getLogger(IntradayJob.class);

    @Inject
    IntradayConfig config;

    @Inject
    IntradayService service;

    @Inject
    PublishedDuties duties;

    @Inject
    ScheduledJobRuns runs;

    @Scheduled(identity = "intraday", every = "${paiban.intraday.every:15m}", delayed = "${paiban.intraday.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runs.run("intraday", execution.getScheduledFireTime(), () -> config.enabled() ? runAt(Instant.now()) : 0);
    }

    public int runAt(Instant now) {
        List<Site> sites = QuarkusTransaction.requiringNew().call(() -> Site.<Site>listAll());
        int runs = 0;
        for (Site site : sites) {
            try {
                boolean due = QuarkusTransaction.requiringNew().call(() -> !duties.onDate(site.id, LocalDate.ofInstant(now, site.zone())).isEmpty()
                        && io.paiban.planning.forecast.ForecastRun.count("siteId = ?1 and horizonStart <= ?2 and horizonEnd > ?2", site.id, now) > 0);
                if (due) {
                    service.run(site.id, now, RunTrigger.SCHEDULED);
                    runs++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Intraday run failed for site %d", site.id);
            }
        }
        return runs;
    }
}
