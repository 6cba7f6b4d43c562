package io.paiban.floor.contract;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The commercial terms of one client's outsourcing contract; its response-time targets stay on the client. */
@Entity
@Table(name = "client_contract")
public class ClientContract extends VersionedEntity {

    @Column(name = "client_id", nullable = false)
    public Long clientId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "price_model", nullable = false)
    public PriceModel priceModel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "settlement_period", nullable = false)
    public SettlementPeriod settlementPeriod;

    @Column(nullable = false, length = 3)
    public String currency;

    public Integer seats;

    @Column(name = "seat_fee", precision = 14, scale = 2)
    public BigDecimal seatFee;

    @Column(name = "contact_fee", precision = 14, scale = 4)
    public BigDecimal contactFee;

    @Column(name = "base_fee", precision = 14, scale = 2)
    public BigDecimal baseFee;

    @Column(name = "commission_rate", precision = 7, scale = 4)
    public BigDecimal commissionRate;

    @Column(name = "deposit_amount", precision = 14, scale = 2)
    public BigDecimal depositAmount;

    @Column(name = "penalty_cap_percent", precision = 5, scale = 2)
    public BigDecimal penaltyCapPercent;

    /** Months in a row a standard may be missed before the client may terminate (warning from then on). */
    @Column(name = "termination_after_months", nullable = false)
    public int terminationAfterMonths;

    /** Day of the month after the period on which the statement is due. */
    @Column(name = "payment_day", nullable = false)
    public int paymentDay;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_clause", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "list_index")
    public List<ContractClause> clauses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_extra_fee", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "list_index")
    public List<ExtraFee> extraFees = new ArrayList<>();
}
