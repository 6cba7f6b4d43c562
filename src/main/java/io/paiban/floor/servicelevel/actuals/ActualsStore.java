package io.paiban.floor.servicelevel.actuals;

import io.paiban.floor.servicelevel.metrics.LiveCounts;
import io.paiban.floor.servicelevel.metrics.QualityCounts;
import io.paiban.planning.history.IntervalActuals;
import io.paiban.platform.persistence.JdbcReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads imported actuals for reports and compliance; plain JDBC because a month of intervals is many small rows.
 * Live intervals come from the one store of interval actuals (planning.history), the rest from this package's tables.
 */
@ApplicationScoped
public class ActualsStore {

    /** One interval of a live queue; {@code thresholdSeconds} is null when the source did not count answers within one. */
    public record LiveRow(long queueId, Instant start, int minutes, Integer thresholdSeconds, LiveCounts counts) {
    }

    public record ItemRow(long queueId, String ref, Instant received, Instant firstReply) {
    }

    public record QualityRow(long queueId, LocalDate date, QualityCounts counts) {
    }

    public record StateRow(long agentId, Instant start, int minutes, int available, int handling, int afterCall, int onBreak, int away) {
    }

    /** One customer complaint; {@code closed} null while open, {@code queueId} null when the import named no queue. */
    public record ComplaintRow(long clientId, String ref, Long queueId, Instant received, Instant closed) {
    }

    /** One imported order; {@code paidAt} null when unpaid or not reported, {@code agentId}/{@code queueId} null when not tagged. */
    public record SaleRow(long clientId, String orderRef, Long agentId, Long queueId, Instant soldAt, BigDecimal amount, Instant paidAt) {
    }

    @Inject
    JdbcReader reader;

    @Inject
    IntervalActuals intervalActuals;

    /** The interval actuals of the given queues; reports pass phone and chat queues (email and tickets are measured by their items). */
    public List<LiveRow> liveRows(Collection<Long> queueIds, Instant from, Instant to) {
        return intervalActuals.between(queueIds, from, to).stream()
                .map(a -> new LiveRow(a.queueId(), a.intervalStart(), a.intervalMinutes(), a.thresholdSeconds(),
                        LiveCounts.reported(a.offered(), a.answered(),
                                a.answeredWithin() == null ? null : a.answeredWithin().longValue(), a.abandoned(), a.shortAbandoned(),
                                a.handleSeconds(), a.answerWaitSeconds(), a.abandonWaitSeconds())))
                .toList();
    }

    public List<ItemRow> items(Collection<Long> queueIds, Instant receivedFrom, Instant receivedTo) {
        if (queueIds.isEmpty()) {
            return List.of();
        }
        return query("SELECT queue_id, item_ref, received_at, first_reply_at FROM deferred_item_actual WHERE queue_id IN ("
                        + ids(queueIds) + ") AND received_at >= ? AND received_at < ? ORDER BY received_at",
                rs -> new ItemRow(rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4)), utc(receivedFrom), utc(receivedTo));
    }

    /** Items replied to in [from, to): what a per-contact price bills. */
    public long itemsRepliedBetween(Collection<Long> queueIds, Instant from, Instant to) {
        if (queueIds.isEmpty()) {
            return 0;
        }
        return query("SELECT COUNT(*) FROM deferred_item_actual WHERE queue_id IN (" + ids(queueIds)
                + ") AND first_reply_at >= ? AND first_reply_at < ?", rs -> rs.getLong(1), utc(from), utc(to)).get(0);
    }

    public List<QualityRow> quality(Collection<Long> queueIds, LocalDate from, LocalDate toInclusive) {
        if (queueIds.isEmpty()) {
            return List.of();
        }
        return query("SELECT queue_id, work_date, surveys, satisfied, qa_checked, qa_accurate FROM queue_quality_day WHERE queue_id IN ("
                        + ids(queueIds) + ") AND work_date BETWEEN ? AND ? ORDER BY work_date",
                rs -> new QualityRow(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        new QualityCounts(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6))), from, toInclusive);
    }

    public List<StateRow> states(Collection<Long> agentIds, Instant from, Instant to) {
        if (agentIds.isEmpty()) {
            return List.of();
        }
        return query("SELECT agent_id, interval_start, interval_minutes, available_seconds, handling_seconds, after_call_seconds,"
                        + " break_seconds, away_seconds FROM agent_state_interval WHERE agent_id IN (" + ids(agentIds)
                        + ") AND interval_start >= ? AND interval_start < ?",
                rs -> new StateRow(rs.getLong(1), instant(rs, 2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8)), utc(from), utc(to));
    }

    /** Complaints received in [from, to) of a client (all of them) or, with {@code queueIds}, handled by those queues. */
    public List<ComplaintRow> complaints(Long clientId, Collection<Long> queueIds, Instant receivedFrom, Instant receivedTo) {
        String where;
        if (clientId != null) {
            where = "client_id = " + clientId;
        } else if (!queueIds.isEmpty()) {
            where = "queue_id IN (" + ids(queueIds) + ")";
        } else {
            return List.of();
        }
        return query("SELECT client_id, complaint_ref, queue_id, received_at, closed_at FROM complaint_case WHERE " + where
                        + " AND received_at >= ? AND received_at < ? ORDER BY received_at",
                rs -> new ComplaintRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), instant(rs, 4), instant(rs, 5)),
                utc(receivedFrom), utc(receivedTo));
    }

    private static final String SALE_COLUMNS = "SELECT client_id, order_ref, agent_id, queue_id, sold_at, amount, paid_at FROM tagged_sale ";

    /** Sales tagged with the given agents, sold in [from, to). */
    public List<SaleRow> salesOfAgents(Collection<Long> agentIds, Instant from, Instant to) {
        if (agentIds.isEmpty()) {
            return List.of();
        }
        return query(SALE_COLUMNS + "WHERE agent_id IN (" + ids(agentIds) + ") AND sold_at >= ? AND sold_at < ? ORDER BY sold_at",
                ActualsStore::sale, utc(from), utc(to));
    }

    /** Orders with no payment, sold in [soldFrom, soldTo). */
    public List<SaleRow> unpaidSales(Instant soldFrom, Instant soldTo) {
        return query(SALE_COLUMNS + "WHERE paid_at IS NULL AND sold_at >= ? AND sold_at < ? ORDER BY sold_at",
                ActualsStore::sale, utc(soldFrom), utc(soldTo));
    }

    /** The stored order of a client, if any. */
    public java.util.Optional<SaleRow> sale(long clientId, String orderRef) {
        return query(SALE_COLUMNS + "WHERE client_id = ? AND order_ref = ?", ActualsStore::sale, clientId, orderRef).stream().findFirst();
    }

    private static SaleRow sale(ResultSet rs) throws SQLException {
        return new SaleRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class), instant(rs, 5),
                rs.getBigDecimal(6), instant(rs, 7));
    }

    public BigDecimal taggedSales(long clientId, Instant from, Instant to) {
        BigDecimal sum = query("SELECT SUM(amount) FROM tagged_sale WHERE client_id = ? AND sold_at >= ? AND sold_at < ?",
                rs -> rs.getBigDecimal(1), clientId, utc(from), utc(to)).get(0);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    public long taggedSaleCount(long clientId, Instant from, Instant to) {
        return query("SELECT COUNT(*) FROM tagged_sale WHERE client_id = ? AND sold_at >= ? AND sold_at < ?",
                rs -> rs.getLong(1), clientId, utc(from), utc(to)).get(0);
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return reader.list(sql, mapper::map, params);
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
