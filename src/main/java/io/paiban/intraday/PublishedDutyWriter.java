package io.paiban.intraday;

import io.agroal.api.AgroalDataSource;
import io.paiban.roster.ChangeReason;
import io.paiban.roster.RosterChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes an accepted intraday change into a published roster: draft and published duty of the agent-day both
 * take the new duty (pinned, source MANUAL), so the roster shows no unpublished change, agents' shift views and
 * calendar feeds show it at once, and the change log gets one INTRADAY row with before and after.
 */
@ApplicationScoped
public class PublishedDutyWriter {

    @Inject
    AgroalDataSource dataSource;

    void write(long rosterId, long agentId, LocalDate date, Long beforeTemplate, Long beforeQueue, Long templateId, Long queueId,
               String note, String actor, Instant at) {
        LocalDateTime now = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        int updated = execute("UPDATE roster_assignment SET shift_template_id = ?, queue_id = ?, published_template_id = ?,"
                        + " published_queue_id = ?, has_published = TRUE, pinned = TRUE, assignment_source = 'MANUAL', updated_at = ?"
                        + " WHERE roster_id = ? AND agent_id = ? AND work_date = ?",
                templateId, queueId, templateId, queueId, now, rosterId, agentId, date);
        if (updated == 0) {
            execute("INSERT INTO roster_assignment (roster_id, agent_id, work_date, shift_template_id, queue_id, pinned, assignment_source,"
                            + " has_published, published_template_id, published_queue_id, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, TRUE, 'MANUAL', TRUE, ?, ?, ?)",
                    rosterId, agentId, date, templateId, queueId, templateId, queueId, now);
        }
        RosterChange change = new RosterChange();
        change.rosterId = rosterId;
        change.agentId = agentId;
        change.workDate = date;
        change.beforeTemplateId = beforeTemplate;
        change.beforeQueueId = beforeQueue;
        change.afterTemplateId = templateId;
        change.afterQueueId = queueId;
        change.reason = ChangeReason.INTRADAY;
        change.note = note.length() > 500 ? note.substring(0, 500) : note;
        change.actor = actor;
        change.changedAt = at;
        change.persist();
    }

    private int execute(String sql, Object... params) {
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
            throw new IllegalStateException("Could not write the published duty: " + e.getMessage(), e);
        }
    }
}
