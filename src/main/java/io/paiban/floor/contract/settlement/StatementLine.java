package io.paiban.floor.contract.settlement;

import io.paiban.floor.contract.LineKind;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;

@Embeddable
public class StatementLine {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "line_kind", nullable = false)
    public LineKind kind;

    /** First day of the month the line belongs to. */
    @Column(name = "period_month", nullable = false)
    public LocalDate month;

    @Column(nullable = false, length = 300)
    public String description;

    @Column(precision = 16, scale = 4)
    public BigDecimal quantity;

    @Column(name = "unit_price", precision = 14, scale = 4)
    public BigDecimal unitPrice;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;
}
