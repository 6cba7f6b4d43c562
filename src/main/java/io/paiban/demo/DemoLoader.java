package io.paiban.demo;

import io.paiban.masterdata.calendar.CalendarEvent;
import io.paiban.masterdata.client.Client;
import io.paiban.masterdata.client.ContractDefaults;
import io.paiban.demo.DemoCenter.AgentSpec;
import io.paiban.demo.DemoCenter.HistoryRow;
import io.paiban.demo.DemoCenter.QueueSpec;
import io.paiban.planning.history.IntervalActual;
import io.paiban.planning.history.IntervalActuals;
import io.paiban.platform.error.ApiException;
import io.paiban.masterdata.queue.OpeningHours;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.kernel.ServiceTarget;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.masterdata.workforce.Certification;
import io.paiban.masterdata.shift.ShiftOffering;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.shift.ShiftTemplateWindowDtos.ShiftTemplateWindowRequest;
import io.paiban.masterdata.shift.ShiftTemplateWindowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stores a generated center; all of it or, on any failure, none of it. */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);
    @Inject
    IntervalActuals intervalActuals;

    @Inject
    ShiftTemplateWindowService windows;

    public record LoadSummary(int clients, int queues, int agents, int events, int historyRows, String historyFrom,
                              String historyTo, long millis) {
    }

    public boolean isEmpty() {
        return Client.count() == 0 && Site.count() == 0;
    }

    @Transactional
    public LoadSummary load(DemoCenter center) {
        long started = System.nanoTime();
        if (!isEmpty()) {
            throw ApiException.conflict("The database already holds clients or sites; the demo center loads only into an empty database");
        }
        Site site = new Site();
        site.code = center.site().code();
        site.name = center.site().name();
        site.timeZone = center.site().timeZone();
        site.persist();

        Map<String, Client> clients = new HashMap<>();
        for (DemoCenter.ClientSpec spec : center.clients()) {
            Client client = new Client();
            client.code = spec.code();
            client.name = spec.name();
            client.platform = spec.platform();
            client.standards.addAll(ContractDefaults.standardsFor(spec.platform()));
            client.persist();
            clients.put(spec.code(), client);
        }

        Map<String, ServiceQueue> queues = new HashMap<>();
        for (QueueSpec spec : center.queues()) {
            ServiceQueue queue = new ServiceQueue();
            queue.code = spec.code();
            queue.name = spec.name();
            queue.client = clients.get(spec.clientCode());
            queue.site = site;
            queue.channel = spec.channel();
            queue.function = spec.function();
            queue.target = targetFor(queue.client, spec);
            queue.defaultHandleSeconds = spec.handleSeconds();
            queue.chatConcurrency = spec.concurrency();
            for (DayOfWeek day : DayOfWeek.values()) {
                queue.openingHours.add(new OpeningHours(day, spec.opensAt(), spec.closesAt()));
            }
            queue.persist();
            queues.put(spec.code(), queue);
        }

        for (AgentSpec spec : center.agents()) {
            Agent agent = new Agent();
            agent.employeeNo = spec.employeeNo();
            agent.fullName = spec.fullName();
            agent.site = site;
            agent.employmentType = spec.type();
            agent.status = spec.status();
            agent.contractHoursPerWeek = spec.contractHoursPerWeek();
            agent.nightEligible = spec.nightEligible();
            agent.hourlyCost = spec.hourlyCost();
            agent.hiredOn = spec.hiredOn();
            spec.certifiedQueueCodes().forEach(code -> agent.certifications.add(new Certification(queues.get(code).id, spec.certifiedOn())));
            agent.persist();
        }

        for (DemoCenter.EventSpec spec : center.events()) {
            CalendarEvent event = new CalendarEvent();
            event.name = spec.name();
            event.type = spec.type();
            event.eventKey = spec.key();
            event.startDate = spec.start();
            event.endDate = spec.end();
            event.volumeFactor = spec.volumeFactor();
            event.notes = spec.notes();
            event.persist();
        }
        Client.flush();
        for (DemoPeakWindows.Window w : DemoPeakWindows.of(center.events())) {
            for (ShiftTemplate t : ShiftTemplate.<ShiftTemplate>list("offering", ShiftOffering.WINDOWED)) {
                windows.create(new ShiftTemplateWindowRequest(t.id, site.id, null, w.first(), w.last(),
                        "demo: peak shifts around the promotion", null));
            }
        }

        insertHistory(center.history(), queues);
        LoadSummary summary = new LoadSummary(center.clients().size(), center.queues().size(), center.agents().size(),
                center.events().size(), center.history().size(), center.spec().historyStart().toString(),
                center.spec().historyEnd().minusDays(1).toString(), (System.nanoTime() - started) / 1_000_000);
        LOG.infof("Demo center loaded: %s", summary);
        return summary;
    }

    private static ServiceTarget targetFor(Client client, QueueSpec spec) {
        return client.standards.stream()
                .filter(s -> s.channel == spec.channel() && (s.queueFunction == null || s.queueFunction == spec.function()))
                .min((a, b) -> Boolean.compare(a.queueFunction == null, b.queueFunction == null))
                .map(s -> new ServiceTarget(s.target.kind, s.target.targetShare, s.target.thresholdSeconds,
                        s.target.businessHours, s.target.cutoffTime, s.target.replyByTime))
                .orElseThrow();
    }

    /** Tens of thousands of rows, written as contact history into the interval actuals (multi-row upserts). */
    private void insertHistory(List<HistoryRow> rows, Map<String, ServiceQueue> queues) {
        intervalActuals.storeHistory(rows.stream().map(row -> IntervalActual.ofHistory(queues.get(row.queueCode()).id,
                row.intervalStart(), row.intervalMinutes(), row.offered(), row.answered(), row.abandoned(), row.ahtSeconds(), null))
                .toList());
    }
}
