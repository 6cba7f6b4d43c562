package io.paiban.planning.roster.store;

import io.agroal.api.AgroalDataSource;
import io.paiban.platform.persistence.BatchWriter;
import io.paiban.platform.persistence.MultiRowInsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Agent-day assignments in bulk (a 4-week roster of 150 agents is 4,200 rows): multi-row JDBC on the
 * caller's transaction, like the staffing values. Only ids are stored: agent, date, template, queue.
 */
@ApplicationScoped
public class RosterStore {

    /** A re-saved day keeps its source unless the solver changed its duty; pins stay as they are. */
    private static final MultiRowInsert SOLVER_DUTIES = MultiRowInsert.into("roster_assignment",
                    "roster_id", "agent_id", "work_date", "shift_template_id", "queue_id", "pinned", "assignment_source",
                    "has_published", "updated_at")
            .onDuplicateKeyUpdate("assignment_source = IF(shift_template_id <=> VALUES(shift_template_id)"
                    + " AND queue_id <=> VALUES(queue_id), assignment_source, 'SOLVER'),"
                    + " shift_template_id = VALUES(shift_template_id), queue_id = VALUES(queue_id), updated_at = VALUES(updated_at)");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BatchWriter writer;

    /** A stored agent-day; template null = day off. */
    public record Row(long agentId, LocalDate date, Long templateId, Long queueId, boolean pinned, AssignmentSource source,
                      boolean hasPublished, Long publishedTemplateId, Long publishedQueueId) {

        public boolean changedSincePublication() {
            return hasPublished && (!java.util.Objects.equals(templateId, publishedTemplateId)
                    || !java.util.Objects.equals(queueId, publishedQueueId));
        }
    }

    /** What a solver save writes: the duty of one agent-day. */
    public record DutyWrite(long agentId, LocalDate date, Long templateId, Long queueId) {
    }

    /** A published agent-day of another roster, for the history before a horizon. */
    public record PublishedDay(long agentId, LocalDate date, Long templateId) {
    }

    public List<Row> load(long rosterId, Long agentId, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT agent_id, work_date, shift_template_id, queue_id, pinned, assignment_source,"
                + " has_published, published_template_id, published_queue_id FROM roster_assignment WHERE roster_id = ?");
        if (agentId != null) {
            sql.append(" AND agent_id = ?");
        }
        if (from != null) {
            sql.append(" AND work_date >= ?");
        }
        if (to != null) {
            sql.append(" AND work_date <= ?");
        }
        sql.append(" ORDER BY agent_id, work_date");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 1;
            s.setLong(p++, rosterId);
            if (agentId != null) {
                s.setLong(p++, agentId);
            }
            if (from != null) {
                s.setObject(p++, from);
            }
            if (to != null) {
                s.setObject(p, to);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), nullableLong(rs, 3), nullableLong(rs, 4),
                            rs.getBoolean(5), AssignmentSource.valueOf(rs.getString(6)), rs.getBoolean(7), nullableLong(rs, 8),
                            nullableLong(rs, 9)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read roster assignments: " + e.getMessage(), e);
        }
    }

    public List<Row> load(long rosterId) {
        return load(rosterId, null, null, null);
    }

    /** Solver output: inserts new agent-days unpinned, updates the duty of existing ones (pins stay as they are). */
    public void saveSolverDuties(long rosterId, Collection<DutyWrite> writes) {
        LocalDateTime now = utc(Instant.now());
        writer.write(SOLVER_DUTIES, writes, w -> new Object[]{rosterId, w.agentId(), w.date(), w.templateId(), w.queueId(), false,
                AssignmentSource.SOLVER.name(), false, now});
    }

    /** A supervisor's edit: pinned, source MANUAL. */
    public void saveManual(long rosterId, long agentId, LocalDate date, Long templateId, Long queueId) {
        String sql = "INSERT INTO roster_assignment (roster_id, agent_id, work_date, shift_template_id, queue_id, pinned,"
                + " assignment_source, has_published, updated_at) VALUES (?, ?, ?, ?, ?, TRUE, 'MANUAL', FALSE, ?)"
                + " ON DUPLICATE KEY UPDATE shift_template_id = VALUES(shift_template_id), queue_id = VALUES(queue_id),"
                + " pinned = TRUE, assignment_source = 'MANUAL', updated_at = VALUES(updated_at)";
        update(sql, rosterId, agentId, date, templateId, queueId, utc(Instant.now()));
    }

    /** A change agreed outside the solver (a swap): the working and the published duty both, pinned, source MANUAL. */
    /** Writes a duty as both the working and the published one of an agent-day, pinned; adds the day if the roster lacks it. */
    public void savePublished(long rosterId, long agentId, LocalDate date, Long templateId, Long queueId) {
        String sql = "INSERT INTO roster_assignment (roster_id, agent_id, work_date, shift_template_id, queue_id, pinned,"
                + " assignment_source, has_published, published_template_id, published_queue_id, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, TRUE, 'MANUAL', TRUE, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE shift_template_id = VALUES(shift_template_id), queue_id = VALUES(queue_id),"
                + " published_template_id = VALUES(published_template_id), published_queue_id = VALUES(published_queue_id),"
                + " has_published = TRUE, pinned = TRUE, assignment_source = 'MANUAL', updated_at = VALUES(updated_at)";
        update(sql, rosterId, agentId, date, templateId, queueId, templateId, queueId, utc(Instant.now()));
    }

    public void setPinned(long rosterId, Collection<DutyWrite> days, boolean pinned) {
        writer.batch("UPDATE roster_assignment SET pinned = ? WHERE roster_id = ? AND agent_id = ? AND work_date = ?", days,
                d -> new Object[]{pinned, rosterId, d.agentId(), d.date()});
    }

    /**
     * Logs every agent-day whose published duty changes, then makes the current roster the published one:
     * all agent-days pinned. Returns the number of changes logged.
     */
    public int publish(long rosterId, String actor, Instant at) {
        int changes = update("INSERT INTO roster_change (roster_id, agent_id, work_date, before_template_id, before_queue_id,"
                        + " after_template_id, after_queue_id, change_reason, note, actor, changed_at)"
                        + " SELECT roster_id, agent_id, work_date, published_template_id, published_queue_id, shift_template_id, queue_id,"
                        + " 'PUBLISH', CONCAT('set by ', LOWER(assignment_source)), ?, ? FROM roster_assignment"
                        + " WHERE roster_id = ? AND has_published"
                        + " AND NOT (published_template_id <=> shift_template_id AND published_queue_id <=> queue_id)",
                actor, utc(at), rosterId);
        update("UPDATE roster_assignment SET pinned = TRUE, has_published = TRUE, published_template_id = shift_template_id,"
                + " published_queue_id = queue_id WHERE roster_id = ?", rosterId);
        return changes;
    }

    /** Logs the agent-days a re-plan moved away from the published roster. */
    public int logReplanChanges(long rosterId, Collection<DutyWrite> changed, String note, Instant at) {
        if (changed.isEmpty()) {
            return 0;
        }
        String sql = "INSERT INTO roster_change (roster_id, agent_id, work_date, before_template_id, before_queue_id,"
                + " after_template_id, after_queue_id, change_reason, note, actor, changed_at)"
                + " SELECT roster_id, agent_id, work_date, published_template_id, published_queue_id, shift_template_id, queue_id,"
                + " 'REPLAN', ?, 'solver', ? FROM roster_assignment WHERE roster_id = ? AND agent_id = ? AND work_date = ?"
                + " AND has_published AND NOT (published_template_id <=> shift_template_id AND published_queue_id <=> queue_id)";
        int logged = 0;
        // one statement per agent-day: the driver's bulk protocol does not take INSERT ... SELECT
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (DutyWrite d : changed) {
                s.setString(1, note);
                s.setObject(2, utc(at));
                s.setLong(3, rosterId);
                s.setLong(4, d.agentId());
                s.setObject(5, d.date());
                logged += s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not log roster changes: " + e.getMessage(), e);
        }
        return logged;
    }

    /**
     * Published agent-days of the site's other rosters between two dates, oldest publication first (a later
     * publication of the same day wins when the caller folds them into a map).
     */
    public List<PublishedDay> publishedDays(long siteId, long exceptRosterId, LocalDate from, LocalDate to) {
        String sql = "SELECT a.agent_id, a.work_date, a.published_template_id FROM roster_assignment a JOIN roster r ON r.id = a.roster_id"
                + " WHERE r.site_id = ? AND r.id <> ? AND r.publication_no > 0 AND a.has_published"
                + " AND a.work_date BETWEEN ? AND ? ORDER BY r.published_at, r.id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, siteId);
            s.setLong(2, exceptRosterId);
            s.setObject(3, from);
            s.setObject(4, to);
            List<PublishedDay> days = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.add(new PublishedDay(rs.getLong(1), rs.getObject(2, LocalDate.class), nullableLong(rs, 3)));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read published rosters: " + e.getMessage(), e);
        }
    }

    /** A published agent-day as stored: the duty of the publication that wins the day (template null = day off). */
    public record PublishedRow(long rosterId, int publicationNo, Instant publishedAt, long siteId, long agentId, LocalDate date,
                               Long templateId, Long queueId) {
    }

    /**
     * The published agent-days with work dates in [from, to], optionally of one site, one agent or on some queues:
     * per agent-day only the row of the latest publication (the roster published last; the higher roster id on a tie),
     * whatever the filter, so a later day off hides an earlier shift on a filtered queue. One statement; the
     * later-publication test uses the (agent, date) index. Ordered by agent and date.
     */
    public List<PublishedRow> latestPublished(Long siteId, Long agentId, Collection<Long> queueIds, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT a.roster_id, r.publication_no, r.published_at, r.site_id, a.agent_id, a.work_date,"
                + " a.published_template_id, a.published_queue_id FROM roster_assignment a JOIN roster r ON r.id = a.roster_id"
                + " WHERE r.publication_no > 0 AND a.has_published AND a.work_date BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(from, to));
        if (siteId != null) {
            sql.append(" AND r.site_id = ?");
            params.add(siteId);
        }
        if (agentId != null) {
            sql.append(" AND a.agent_id = ?");
            params.add(agentId);
        }
        if (queueIds != null) {
            if (queueIds.isEmpty()) {
                return List.of();
            }
            sql.append(" AND a.published_queue_id IN (").append(String.join(",", java.util.Collections.nCopies(queueIds.size(), "?")))
                    .append(")");
            params.addAll(queueIds);
        }
        sql.append(" AND NOT EXISTS (SELECT 1 FROM roster_assignment b JOIN roster rb ON rb.id = b.roster_id"
                + " WHERE b.agent_id = a.agent_id AND b.work_date = a.work_date AND b.has_published AND rb.publication_no > 0"
                + " AND (rb.published_at > r.published_at OR (rb.published_at = r.published_at AND rb.id > r.id)))"
                + " ORDER BY a.agent_id, a.work_date");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            List<PublishedRow> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PublishedRow(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getLong(4), rs.getLong(5), rs.getObject(6, LocalDate.class), nullableLong(rs, 7), nullableLong(rs, 8)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the published roster: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    s.setNull(i + 1, Types.BIGINT);
                } else {
                    s.setObject(i + 1, params[i]);
                }
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update roster assignments: " + e.getMessage(), e);
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Long nullableLong(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }
}
