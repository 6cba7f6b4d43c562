package io.paiban.floor.contract;

import io.paiban.masterdata.client.Client;
import io.paiban.floor.contract.ContractDtos.ClauseDto;
import io.paiban.floor.contract.ContractDtos.ContractRequest;
import io.paiban.floor.contract.ContractDtos.ContractView;
import io.paiban.floor.contract.ContractDtos.ExtraFeeDto;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.security.AccessScope;
import io.paiban.floor.servicelevel.metrics.Metric;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One contract per client: read it, create or replace it (optimistic locking), delete it. */
@ApplicationScoped
public class ContractService {

    static final int DEFAULT_TERMINATION_AFTER_MONTHS = 3;
    static final int DEFAULT_PAYMENT_DAY = 10;

    @Inject
    AccessScope access;

    public ContractView get(long clientId) {
        access.requireClient(clientId);
        return ContractView.of(find(clientId).orElseThrow(() -> ApiException.notFound("Contract of client", clientId)));
    }

    public static Optional<ClientContract> find(long clientId) {
        return ClientContract.<ClientContract>find("clientId", clientId).firstResultOptional();
    }

    @Transactional
    public ContractView put(long clientId, ContractRequest request) {
        access.requireClient(clientId);
        Client client = Client.<Client>findByIdOptional(clientId).orElseThrow(() -> ApiException.notFound("Client", clientId));
        ClientContract contract = find(clientId).orElse(null);
        if (contract == null) {
            contract = new ClientContract();
            contract.clientId = clientId;
        } else {
            contract.requireVersion(request.version(), "Contract");
        }
        validate(client, request);
        contract.startsOn = request.startsOn();
        contract.priceModel = request.priceModel();
        contract.settlementPeriod = request.settlementPeriod() == null ? SettlementPeriod.MONTHLY : request.settlementPeriod();
        contract.currency = request.currency() == null ? "CNY" : request.currency();
        contract.seats = request.seats();
        contract.seatFee = request.seatFee();
        contract.contactFee = request.contactFee();
        contract.baseFee = request.baseFee();
        contract.commissionRate = request.commissionRate();
        contract.depositAmount = request.depositAmount();
        contract.penaltyCapPercent = request.penaltyCapPercent();
        contract.terminationAfterMonths = request.terminationAfterMonths() == null ? DEFAULT_TERMINATION_AFTER_MONTHS : request.terminationAfterMonths();
        contract.paymentDay = request.paymentDay() == null ? DEFAULT_PAYMENT_DAY : request.paymentDay();
        contract.clauses.clear();
        if (request.clauses() != null) {
            request.clauses().stream().map(ClauseDto::toEntity).forEach(contract.clauses::add);
        }
        contract.extraFees.clear();
        if (request.extraFees() != null) {
            request.extraFees().stream().map(ExtraFeeDto::toEntity).forEach(contract.extraFees::add);
        }
        contract.persistAndFlush();
        return ContractView.of(contract);
    }

    @Transactional
    public void delete(long clientId) {
        access.requireClient(clientId);
        find(clientId).orElseThrow(() -> ApiException.notFound("Contract of client", clientId)).delete();
    }

    private static void validate(Client client, ContractRequest r) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        switch (r.priceModel()) {
            case FIXED_PER_SEAT -> {
                require(problems, r.seats(), "seats", r.priceModel());
                require(problems, r.seatFee(), "seatFee", r.priceModel());
            }
            case PER_CONTACT -> require(problems, r.contactFee(), "contactFee", r.priceModel());
            case BASE_PLUS_COMMISSION -> {
                require(problems, r.baseFee(), "baseFee", r.priceModel());
                require(problems, r.commissionRate(), "commissionRate", r.priceModel());
                require(problems, r.depositAmount(), "depositAmount", r.priceModel());
            }
        }
        List<ClauseDto> clauses = r.clauses() == null ? List.of() : r.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            ClauseDto c = clauses.get(i);
            String at = "clauses[" + i + "].";
            if (c.kind() == StandardKind.RESPONSE_TIME) {
                boolean known = c.channel() != null && client.standards.stream()
                        .anyMatch(s -> s.channel == c.channel() && s.queueFunction == c.queueFunction());
                if (!known) {
                    problems.add(Problem.InvalidParam.field(at + "channel", "client " + client.code + " has no service standard for "
                            + c.channel() + (c.queueFunction() == null ? "" : " " + c.queueFunction()) + "; add it to the client first"));
                }
                if (c.targetShare() != null) {
                    problems.add(Problem.InvalidParam.field(at + "targetShare", "a response-time target is the client's standard; leave it empty"));
                }
                if (c.metricVariant() != null && Metric.byId(c.metricVariant()).filter(m -> m.family() == Metric.Family.SERVICE_LEVEL).isEmpty()) {
                    problems.add(Problem.InvalidParam.field(at + "metricVariant", "not a service-level metric id: " + c.metricVariant()));
                }
            } else {
                if (c.targetShare() == null) {
                    problems.add(Problem.InvalidParam.field(at + "targetShare", "required for " + c.kind()));
                }
                if (c.metricVariant() != null) {
                    problems.add(Problem.InvalidParam.field(at + "metricVariant", "only response-time clauses name a variant"));
                }
            }
            for (int j = 0; j < i; j++) {
                ClauseDto o = clauses.get(j);
                if (o.kind() == c.kind() && o.channel() == c.channel() && o.queueFunction() == c.queueFunction()) {
                    problems.add(Problem.InvalidParam.field(at + "kind", "duplicates clauses[" + j + "]"));
                }
            }
        }
        List<ExtraFeeDto> fees = r.extraFees() == null ? List.of() : r.extraFees();
        for (int i = 0; i < fees.size(); i++) {
            if (fees.get(i).recurrence() == FeeRecurrence.ONE_OFF && fees.get(i).chargedOn() == null) {
                problems.add(Problem.InvalidParam.field("extraFees[" + i + "].chargedOn", "required for ONE_OFF"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private static void require(List<Problem.InvalidParam> problems, Object value, String field, PriceModel model) {
        if (value == null) {
            problems.add(Problem.InvalidParam.field(field, "required for " + model));
        }
    }
}
