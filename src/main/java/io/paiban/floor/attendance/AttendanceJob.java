package io.paiban.floor.attendance;

import io.paiban.masterdata.site.Site;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.paiban.platform.cluster.ScheduledJobRuns;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attendance job. Each run looks at every site in its own zone: once the site's clock has passed
 * {@code evaluate-at}, yesterday is due; a due day not yet done is evaluated together with the days before it
 * (catch-up after downtime, and corrections such as leave approved after the fact). Once the last day of a
 * month is done, that month's report and assessment are generated, on the 1st in the normal case. What was done is recorded
 * per site, so running again, or on several triggers, repeats nothing.
 */
@ApplicationScoped
public class AttendanceJob {

    private static final Logger LOG = Logger.getLogger(AttendanceJob.class);

    @Inject
    AttendanceConfig config;

    @Inject
    EvaluationService evaluations;

    @Inject
    MonthlyReportService reports;

    @Inject
    Event<MonthReported> monthReported;

    @Inject
    ScheduledJobRuns runs;

    /** What one run did. */
    public record JobRun(int sites, List<String> daysEvaluated, List<String> monthsReported) {
    }

    @Scheduled(identity = "attendance", cron = "${paiban.attendance.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runs.run("attendance", execution.getScheduledFireTime(), () -> runAt(Instant.now()))
                .filter(run -> !run.daysEvaluated().isEmpty() || !run.monthsReported().isEmpty())
                .ifPresent(run -> LOG.infof("Attendance: evaluated %s, reported %s", run.daysEvaluated(), run.monthsReported()));
    }

    public JobRun runAt(Instant now) {
        List<Long> siteIds = QuarkusTransaction.requiringNew().call(() -> Site.<Site>listAll().stream().map(s -> s.id).toList());
        List<String> days = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (Long siteId : siteIds) {
            try {
                QuarkusTransaction.requiringNew().run(() -> runSite(siteId, now, days, months));
            } catch (RuntimeException e) {
                // one site's bad data must not stop the others; the next run tries again
                LOG.errorf(e, "Attendance job failed for site %d", siteId);
            }
        }
        return new JobRun(siteIds.size(), days, months);
    }

    private void runSite(long siteId, Instant now, List<String> days, List<String> months) {
        Site site = Site.findById(siteId);
        ZonedDateTime local = now.atZone(site.zone());
        LocalDate due = local.toLocalDate().minusDays(local.toLocalTime().isBefore(config.evaluateAt()) ? 2 : 1);
        if (!AttendanceRun.done(siteId, RunKind.DAY, due)) {
            Set<YearMonth> changed = new TreeSet<>();
            for (LocalDate d = due.minusDays(config.recheckDays()); !d.isAfter(due); d = d.plusDays(1)) {
                changed.addAll(evaluations.evaluateDay(siteId, d, null, now).changedMonths());
                AttendanceRun.mark(siteId, RunKind.DAY, d, now);
            }
            reports.refreshIfGenerated(siteId, changed, now);
            days.add(site.code + " " + due);
        }
        YearMonth complete = YearMonth.from(due.plusDays(1)).minusMonths(1);
        if (!AttendanceRun.done(siteId, RunKind.MONTH, complete.atDay(1))) {
            reports.generate(siteId, complete, now);
            monthReported.fire(new MonthReported(siteId, complete, now));
            months.add(site.code + " " + complete);
        }
    }
}
