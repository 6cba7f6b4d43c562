package io.paiban.floor.contract.settlement;

import io.paiban.floor.contract.Pricing;

import io.paiban.platform.persistence.Filter;
import io.paiban.masterdata.client.Client;
import io.paiban.floor.contract.ClientContract;
import io.paiban.floor.contract.ContractService;
import io.paiban.floor.contract.PriceModel;
import io.paiban.floor.contract.SettlementPeriod;
import io.paiban.floor.contract.compliance.ComplianceDtos.WarningView;
import io.paiban.floor.contract.compliance.ComplianceService;
import io.paiban.floor.contract.compliance.ComplianceService.MonthCompliance;
import io.paiban.floor.contract.Pricing.Line;
import io.paiban.floor.contract.settlement.SettlementDtos.LineView;
import io.paiban.floor.contract.settlement.SettlementDtos.StatementView;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Statements per client and period: previewed from the actuals and contract at any time, issued as an
 * immutable version. Re-issuing a period is a correction: version n+1 with a note; version n stays
 * readable and shows as superseded.
 */
@ApplicationScoped
public class SettlementService {

    @Inject
    AccessScope access;

    @Inject
    ComplianceService compliance;

    /** The lines a statement of the period would have now, with the termination warnings of its months. */
    record Draft(Client client, ClientContract contract, LocalDate periodStart, LocalDate periodEnd, List<Line> lines, List<String> warnings) {
        BigDecimal total() {
            return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        LocalDate dueOn() {
            YearMonth next = YearMonth.from(periodEnd).plusMonths(1);
            return next.atDay(Math.min(contract.paymentDay, next.lengthOfMonth()));
        }
    }

    public StatementView preview(long clientId, String period) {
        access.requireClient(clientId);
        Draft draft = draft(clientId, period);
        return draftView(draft);
    }

    @Transactional
    public StatementView issue(long clientId, String period, String correctionNote) {
        access.requireClient(clientId);
        Draft draft = draft(clientId, period);
        SettlementStatement latest = SettlementStatement.<SettlementStatement>find("clientId = ?1 and periodStart = ?2",
                Sort.descending("versionNo"), clientId, draft.periodStart()).firstResult();
        if (latest != null && (correctionNote == null || correctionNote.isBlank())) {
            throw ApiException.invalidField("correctionNote", "period " + draft.periodStart() + " already has statement version "
                    + latest.versionNo + "; a new version is a correction and needs a note");
        }
        SettlementStatement s = new SettlementStatement();
        s.clientId = clientId;
        s.periodStart = draft.periodStart();
        s.periodEnd = draft.periodEnd();
        s.versionNo = latest == null ? 1 : latest.versionNo + 1;
        s.priceModel = draft.contract().priceModel;
        s.currency = draft.contract().currency;
        s.totalAmount = draft.total();
        s.depositHeld = draft.contract().priceModel == PriceModel.BASE_PLUS_COMMISSION ? draft.contract().depositAmount : null;
        s.dueOn = draft.dueOn();
        s.correctionNote = correctionNote == null || correctionNote.isBlank() ? null : correctionNote.trim();
        s.issuedAt = Instant.now();
        for (Line l : draft.lines()) {
            StatementLine line = new StatementLine();
            line.kind = l.kind();
            line.month = l.month().atDay(1);
            line.description = l.description().length() > 300 ? l.description().substring(0, 300) : l.description();
            line.quantity = l.quantity();
            line.unitPrice = l.unitPrice();
            line.amount = l.amount();
            s.lines.add(line);
        }
        s.persistAndFlush();
        return view(s, draft.client(), draft.warnings());
    }

    public StatementView get(long id) {
        SettlementStatement s = find(id);
        return view(s, Client.findById(s.clientId), List.of());
    }

    public String csv(long id) {
        return StatementCsv.of(get(id));
    }

    public List<StatementView> list(Long clientId, String period) {
        if (clientId != null) {
            access.requireClient(clientId);
        }
        Set<Long> visible = access.visibleClientIds().orElse(null);
        Filter f = new Filter().eq("clientId", clientId)
                .eq("periodStart", period == null || period.isBlank() ? null : firstMonth(period).atDay(1));
        return SettlementStatement.<SettlementStatement>list(f.query(), Sort.by("clientId").and("periodStart").and("versionNo"),
                        f.params()).stream()
                .filter(s -> visible == null || visible.contains(s.clientId))
                .map(s -> view(s, Client.findById(s.clientId), List.of())).toList();
    }

    private SettlementStatement find(long id) {
        SettlementStatement s = SettlementStatement.<SettlementStatement>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Statement", id));
        access.requireClient(s.clientId);
        return s;
    }

    Draft draft(long clientId, String period) {
        Client client = Client.<Client>findByIdOptional(clientId).orElseThrow(() -> ApiException.notFound("Client", clientId));
        ClientContract contract = ContractService.find(clientId)
                .orElseThrow(() -> ApiException.unprocessable("client " + client.code + " has no contract terms to settle"));
        YearMonth first = firstMonth(period);
        int months = contract.settlementPeriod == SettlementPeriod.QUARTERLY ? 3 : 1;
        if (months == 3 && (first.getMonthValue() - 1) % 3 != 0) {
            throw ApiException.invalidField("period", "a quarterly contract settles quarters starting in January, April, July or October");
        }
        YearMonth last = first.plusMonths(months - 1L);
        List<Line> lines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Pricing.deposit(contract, first.atDay(1), last.atEndOfMonth()).ifPresent(lines::add);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            MonthCompliance mc = compliance.evaluate(client, contract, m);
            lines.addAll(mc.serviceLines());
            lines.addAll(Pricing.extraFees(contract, m));
            lines.addAll(mc.penaltyLines());
            mc.warnings().stream().map(WarningView::message).forEach(warnings::add);
        }
        return new Draft(client, contract, first.atDay(1), last.atEndOfMonth(), lines, warnings);
    }

    static YearMonth firstMonth(String period) {
        try {
            return YearMonth.parse(period == null ? "" : period.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.invalidField("period", "the first month of the period, like 2026-11");
        }
    }

    private static StatementView draftView(Draft draft) {
        List<LineView> lines = new ArrayList<>();
        for (Line l : draft.lines()) {
            lines.add(new LineView(lines.size() + 1, l.kind(), l.month().atDay(1), l.description(), l.quantity(), l.unitPrice(), l.amount()));
        }
        ClientContract c = draft.contract();
        return new StatementView(null, draft.client().id, draft.client().code, draft.periodStart(), draft.periodEnd(), null, false, null,
                c.priceModel, c.currency, lines, draft.total(), c.priceModel == PriceModel.BASE_PLUS_COMMISSION ? c.depositAmount : null,
                draft.dueOn(), null, null, draft.warnings());
    }

    /** An issued statement; it is superseded when the next version of its period exists. */
    private static StatementView view(SettlementStatement s, Client client, List<String> warnings) {
        SettlementStatement next = SettlementStatement.<SettlementStatement>find("clientId = ?1 and periodStart = ?2 and versionNo = ?3",
                s.clientId, s.periodStart, s.versionNo + 1).firstResult();
        List<LineView> lines = new ArrayList<>();
        for (StatementLine l : s.lines) {
            lines.add(new LineView(lines.size() + 1, l.kind, l.month, l.description, l.quantity, l.unitPrice, l.amount));
        }
        return new StatementView(s.id, s.clientId, client == null ? null : client.code, s.periodStart, s.periodEnd, s.versionNo,
                next != null, next == null ? null : next.id, s.priceModel, s.currency, lines, s.totalAmount, s.depositHeld, s.dueOn,
                s.correctionNote, s.issuedAt, warnings == null ? List.of() : warnings);
    }
}
