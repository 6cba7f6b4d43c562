package io.paiban.floor.attendance;

import io.paiban.floor.attendance.ConductDtos.FundEntryRequest;
import io.paiban.floor.attendance.ConductDtos.FundLine;
import io.paiban.floor.attendance.ConductDtos.FundView;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The team fund (owner of team_fund_entry): fines go in, spending goes out, handled openly. Fines are read from the
 * generated monthly reports (each agent's complaint fines plus conduct fines of the month, dated the last day of the
 * month); late and early fines are deductions from the full-attendance bonus and do not go into the fund.
 * Balance = sum of all lines up to the line, from the team's first line.
 */
@ApplicationScoped
public class TeamFundService {

    @Inject
    AccessScope scope;

    @Transactional
    public FundView record(FundEntryRequest r) {
        if (Site.findById(r.siteId()) == null) {
            throw ApiException.invalidField("siteId", "site " + r.siteId() + " does not exist");
        }
        scope.requireSite(r.siteId());
        if (r.amount().signum() == 0) {
            throw ApiException.invalidField("amount", "must not be zero (negative: spending, positive: deposit)");
        }
        TeamFundEntry e = new TeamFundEntry();
        e.siteId = r.siteId();
        e.teamName = r.teamName();
        e.entryDate = r.date();
        e.amount = r.amount();
        e.description = r.description();
        e.recordedBy = scope.actor();
        e.persistAndFlush();
        return ledger(r.siteId(), r.teamName());
    }

    /** The agent's own team's fund (agents see their team's ledger). */
    public FundView mine() {
        Agent agent = Agent.findById(scope.ownAgentId());
        if (agent == null || agent.teamName == null) {
            throw ApiException.notFound("Team fund of agent", scope.ownAgentId());
        }
        return ledger(agent.site.id, agent.teamName);
    }

    public FundView ledgerChecked(long siteId, String team) {
        scope.requireSite(siteId);
        return ledger(siteId, team);
    }

    FundView ledger(long siteId, String team) {
        List<FundLine> lines = new ArrayList<>();
        for (AttendanceMonth m : AttendanceMonth.<AttendanceMonth>list("siteId = ?1 and teamName = ?2", Sort.by("monthStart").and("agentId"),
                siteId, team)) {
            BigDecimal fines = m.complaintFines.add(m.conductFines);
            if (fines.signum() > 0) {
                lines.add(new FundLine(YearMonth.from(m.monthStart).atEndOfMonth(), "FINE", fines, "fines of " + YearMonth.from(m.monthStart)
                        + " (complaints " + m.complaintFines + ", conduct " + m.conductFines + ")", m.agentId, null, null));
            }
        }
        for (TeamFundEntry e : TeamFundEntry.<TeamFundEntry>list("siteId = ?1 and teamName = ?2", Sort.by("entryDate").and("id"), siteId, team)) {
            lines.add(new FundLine(e.entryDate, e.amount.signum() < 0 ? "SPENDING" : "DEPOSIT", e.amount, e.description, null, e.id, null));
        }
        lines.sort(Comparator.comparing(FundLine::date).thenComparing(FundLine::kind));
        List<FundLine> withBalance = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO;
        BigDecimal fines = BigDecimal.ZERO;
        BigDecimal deposits = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (FundLine l : lines) {
            balance = balance.add(l.amount());
            switch (l.kind()) {
                case "FINE" -> fines = fines.add(l.amount());
                case "DEPOSIT" -> deposits = deposits.add(l.amount());
                default -> spent = spent.add(l.amount().negate());
            }
            withBalance.add(new FundLine(l.date(), l.kind(), l.amount(), l.description(), l.agentId(), l.entryId(), balance));
        }
        return new FundView(siteId, team, fines, deposits, spent, balance, withBalance);
    }
}
