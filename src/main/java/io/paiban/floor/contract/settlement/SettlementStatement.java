package io.paiban.floor.contract.settlement;

import io.paiban.floor.contract.PriceModel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An issued statement: inserted once, never updated ({@link Immutable}). A correction is the next
 * version of the same client and period; an earlier version then reads as superseded.
 */
@Entity
@Immutable
@Table(name = "settlement_statement")
public class SettlementStatement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id", nullable = false)
    public Long clientId;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "price_model", nullable = false)
    public PriceModel priceModel;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "total_amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal totalAmount;

    @Column(name = "deposit_held", precision = 14, scale = 2)
    public BigDecimal depositHeld;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "correction_note", length = 500)
    public String correctionNote;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "settlement_statement_line", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "line_no")
    public List<StatementLine> lines = new ArrayList<>();
}
