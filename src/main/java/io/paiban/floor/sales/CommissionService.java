package io.paiban.floor.sales;

import io.paiban.floor.servicelevel.actuals.ActualsStore;
import io.paiban.floor.servicelevel.actuals.ActualsStore.SaleRow;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Commission per agent and month from the imported sales tagged with the agent (seed 004: each sale is tagged with the
 * agent's id so commission can be computed). commission = round(Σ amount × rate, 2, half-up) per agent, over the orders
 * sold in the site-local month (basis SOLD) or only those of them with a payment time (basis PAID).
 */
@ApplicationScoped
public class CommissionService {

    @Inject
    AccessScope scope;

    @Inject
    ActualsStore actuals;

    @Inject
    SalesConfig config;

    @Schema(name = "AgentCommission")
    public record AgentCommission(long agentId, String employeeNo, String fullName, String team, int orders, BigDecimal salesAmount,
                                  BigDecimal commission) {
    }

    @Schema(name = "MonthCommission", description = "Commission of a site's agents for a month: commission = round(salesAmount x rate, 2)")
    public record MonthCommission(long siteId, String month, BigDecimal rate, SalesConfig.CommissionBasis basis,
                                  List<AgentCommission> agents, int orders, BigDecimal salesAmount, BigDecimal commission) {
    }

    public MonthCommission month(long siteId, YearMonth month) {
        scope.requireSite(siteId);
        Site site = Site.<Site>findByIdOptional(siteId).orElseThrow(() -> ApiException.notFound("Site", siteId));
        ZoneId zone = site.zone();
        Map<Long, Agent> agents = Agent.<Agent>list("site.id", siteId).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<SaleRow> sales = actuals.salesOfAgents(agents.keySet(), from, to).stream()
                .filter(s -> config.commissionBasis() == SalesConfig.CommissionBasis.SOLD || s.paidAt() != null).toList();
        BigDecimal rate = config.commissionRate();
        List<AgentCommission> rows = new ArrayList<>();
        sales.stream().collect(Collectors.groupingBy(SaleRow::agentId)).forEach((agentId, own) -> {
            Agent a = agents.get(agentId);
            BigDecimal amount = own.stream().map(SaleRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new AgentCommission(agentId, a.employeeNo, a.fullName, a.teamName, own.size(), amount, commission(amount, rate)));
        });
        rows.sort(Comparator.comparing(AgentCommission::commission).reversed().thenComparing(AgentCommission::employeeNo));
        BigDecimal total = rows.stream().map(AgentCommission::salesAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal commission = rows.stream().map(AgentCommission::commission).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MonthCommission(siteId, month.toString(), rate, config.commissionBasis(), rows, sales.size(), total, commission);
    }

    /** The calling agent's own line of the month (zero when no tagged sale). */
    public AgentCommission own(YearMonth month) {
        long agentId = scope.ownAgentId();
        Agent agent = Agent.<Agent>findByIdOptional(agentId).orElseThrow(() -> ApiException.notFound("Agent", agentId));
        ZoneId zone = agent.site.zone();
        List<SaleRow> sales = actuals.salesOfAgents(List.of(agentId), month.atDay(1).atStartOfDay(zone).toInstant(),
                        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()).stream()
                .filter(s -> config.commissionBasis() == SalesConfig.CommissionBasis.SOLD || s.paidAt() != null).toList();
        BigDecimal amount = sales.stream().map(SaleRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AgentCommission(agentId, agent.employeeNo, agent.fullName, agent.teamName, sales.size(), amount,
                commission(amount, config.commissionRate()));
    }

    static BigDecimal commission(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }
}
