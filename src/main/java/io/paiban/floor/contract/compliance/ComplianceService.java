package io.paiban.floor.contract.compliance;

import io.paiban.masterdata.client.Client;
import io.paiban.floor.contract.ClientContract;
import io.paiban.floor.contract.ContractService;
import io.paiban.floor.contract.compliance.ComplianceDtos.ComplianceView;
import io.paiban.floor.contract.compliance.ComplianceDtos.StandardView;
import io.paiban.floor.contract.compliance.ComplianceDtos.WarningView;
import io.paiban.floor.contract.compliance.ComplianceEvaluator.MonthResult;
import io.paiban.floor.contract.Pricing;
import io.paiban.floor.contract.Pricing.Line;
import io.paiban.floor.contract.Pricing.MonthUsage;
import io.paiban.floor.contract.Pricing.MissedStandard;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.paiban.floor.servicelevel.actuals.ActualsStore;
import io.paiban.floor.servicelevel.actuals.ActualsStore.LiveRow;
import io.paiban.floor.servicelevel.report.ActualsLoader;
import io.paiban.floor.servicelevel.report.MetricsReportService;
import io.paiban.floor.servicelevel.report.QueueInfo;
import io.paiban.floor.servicelevel.report.ScopeActuals;
import io.paiban.masterdata.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly compliance of a client's standards, the penalties they cost, and the termination warning
 * when a standard was missed N months in a row (the contract's N, else 3).
 */
@ApplicationScoped
public class ComplianceService {

    static final int DEFAULT_TERMINATION_AFTER_MONTHS = 3;

    @Inject
    AccessScope access;

    @Inject
    ActualsLoader loader;

    @Inject
    ActualsStore store;

    /** Everything one month settles on: per-standard results, fee lines, penalties and warnings. */
    public record MonthCompliance(Client client, ClientContract contract, YearMonth month, List<MonthResult> results,
                                  Map<String, Integer> missedInARow, List<Line> serviceLines, List<Line> penaltyLines,
                                  List<WarningView> warnings) {
    }

    public ComplianceView compliance(long clientId, YearMonth month) {
        access.requireClient(clientId);
        Client client = Client.<Client>findByIdOptional(clientId).orElseThrow(() -> ApiException.notFound("Client", clientId));
        MonthCompliance mc = evaluate(client, ContractService.find(clientId).orElse(null), month);
        BigDecimal fee = mc.contract() == null ? null : Pricing.feeBasis(mc.serviceLines());
        Map<String, BigDecimal> penaltyByKey = new HashMap<>();
        for (int i = 0, p = 0; i < mc.results().size(); i++) {
            MonthResult r = mc.results().get(i);
            if (mc.contract() != null && r.verdict() == Verdict.MISSED && r.spec().penaltyPercent().signum() > 0) {
                penaltyByKey.put(r.spec().key(), mc.penaltyLines().get(p++).amount());
            }
        }
        List<StandardView> standards = mc.results().stream().map(r -> new StandardView(r.spec().key(), r.spec().kind(), r.spec().channel(),
                r.spec().function(), r.spec().description(), r.spec().metric().id(), r.spec().targetShare(), r.spec().window(),
                r.value() == null ? null : BigDecimal.valueOf(r.value()).setScale(4, RoundingMode.HALF_UP).doubleValue(),
                r.windowsMeasured(), r.windowsMet(), r.verdict(), mc.missedInARow().get(r.spec().key()), r.spec().penaltyPercent(),
                penaltyByKey.get(r.spec().key()), r.spec().queueIds(), r.rowsNotMeasured())).toList();
        BigDecimal penaltyTotal = mc.penaltyLines().stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ComplianceView(clientId, client.code, month, mc.contract() != null, fee, standards, penaltyTotal, mc.warnings());
    }

    public MonthCompliance evaluate(Client client, ClientContract contract, YearMonth month) {
        List<QueueInfo> queues = MetricsReportService.clientQueues(client.id);
        List<StandardSpec> specs = StandardSpec.of(client.standards, contract == null ? List.of() : contract.clauses, queues);
        int n = contract == null ? DEFAULT_TERMINATION_AFTER_MONTHS : contract.terminationAfterMonths;
        YearMonth firstMonth = month.minusMonths(n - 1L);
        Instant asOf = Instant.now();
        ScopeActuals actuals = loader.load(queues, firstMonth.atDay(1), month.atEndOfMonth());
        ComplianceEvaluator evaluator = new ComplianceEvaluator(actuals, asOf);

        List<MonthResult> results = new ArrayList<>();
        Map<String, Integer> inARow = new HashMap<>();
        List<WarningView> warnings = new ArrayList<>();
        for (StandardSpec spec : specs) {
            MonthResult current = monthResult(evaluator, spec, month, contract);
            results.add(current);
            int streak = 0;
            for (YearMonth m = month; !m.isBefore(firstMonth); m = m.minusMonths(1)) {
                MonthResult r = m.equals(month) ? current : monthResult(evaluator, spec, m, contract);
                if (r.verdict() != Verdict.MISSED) {
                    break;
                }
                streak++;
            }
            inARow.put(spec.key(), streak);
            if (streak >= n) {
                warnings.add(new WarningView("TERMINATION_RIGHT", spec.key(), "Standard " + spec.key() + " missed " + streak
                        + " months in a row up to " + month + ": the client may terminate the contract"));
            }
        }
        List<Line> serviceLines = List.of();
        List<Line> penaltyLines = List.of();
        if (contract != null) {
            serviceLines = Pricing.serviceFee(contract, month, usage(client.id, queues, actuals, month));
            penaltyLines = Pricing.penalties(missed(results), Pricing.feeBasis(serviceLines), contract.penaltyCapPercent, month);
        }
        return new MonthCompliance(client, contract, month, results, inARow, serviceLines, penaltyLines, warnings);
    }

    private static List<MissedStandard> missed(List<MonthResult> results) {
        return results.stream().filter(r -> r.verdict() == Verdict.MISSED)
                .map(r -> new MissedStandard(r.spec().key() + " (" + r.windowsMet() + " of " + r.windowsMeasured() + " "
                        + r.spec().window().name().toLowerCase() + " windows met)", r.spec().penaltyPercent()))
                .toList();
    }

    /** Months before the contract starts are not judged. */
    private static MonthResult monthResult(ComplianceEvaluator evaluator, StandardSpec spec, YearMonth month, ClientContract contract) {
        MonthResult r = evaluator.evaluate(spec, month);
        if (contract != null && !Pricing.charged(contract, month)) {
            return new MonthResult(spec, r.value(), r.windowsMeasured(), r.windowsMet(), Verdict.NO_DATA, r.rowsNotMeasured());
        }
        return r;
    }

    private MonthUsage usage(long clientId, List<QueueInfo> queues, ScopeActuals actuals, YearMonth month) {
        long answered = 0;
        for (LiveRow r : actuals.live()) {
            if (YearMonth.from(LocalDate.ofInstant(r.start(), actuals.queues().get(r.queueId()).zone())).equals(month)) {
                answered += r.counts().answered();
            }
        }
        long replied = 0;
        for (QueueInfo q : queues) {
            replied += store.itemsRepliedBetween(List.of(q.id()), month.atDay(1).atStartOfDay(q.zone()).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(q.zone()).toInstant());
        }
        ZoneId zone = queues.isEmpty() ? ZoneId.of(Site.DEFAULT_TIME_ZONE) : queues.get(0).zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return new MonthUsage(answered + replied, store.taggedSales(clientId, from, to), store.taggedSaleCount(clientId, from, to));
    }
}
