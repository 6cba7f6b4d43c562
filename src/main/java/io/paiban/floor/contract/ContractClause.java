package io.paiban.floor.contract;

import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;

/**
 * One measured standard of a contract with its window and penalty. A RESPONSE_TIME clause names the
 * client's standard by channel and function (its target lives on the client); other kinds carry their
 * own target share and may be narrowed to a channel and function.
 */
@Embeddable
public class ContractClause {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "standard_kind", nullable = false)
    public StandardKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "channel")
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "queue_function")
    public QueueFunction queueFunction;

    /** For live response time: which service-level variant the contract means (a metric id). */
    @Column(name = "metric_variant", length = 60)
    public String metricVariant;

    @Column(name = "target_share", precision = 5, scale = 4)
    public BigDecimal targetShare;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "measurement_window", nullable = false)
    public MeasurementWindow window;

    /** Percent of the month's service fee deducted when the standard is missed in that month. */
    @Column(name = "penalty_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal penaltyPercent;

    @Column(name = "description", length = 300)
    public String description;
}
