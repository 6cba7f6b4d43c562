package io.paiban.floor.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A fee besides the service price: training of new agents, system accounts, ... */
@Embeddable
public class ExtraFee {

    @Column(name = "label", nullable = false, length = 200)
    public String label;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "fee_kind", nullable = false)
    public FeeKind kind;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "recurrence", nullable = false)
    public FeeRecurrence recurrence;

    @Column(name = "charged_on")
    public LocalDate chargedOn;
}
