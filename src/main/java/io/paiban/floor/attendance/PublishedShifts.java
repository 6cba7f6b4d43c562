package io.paiban.floor.attendance;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published roster of a site, as agents saw it: per agent and date the duty of the latest publication
 * covering that date (a later publication of the same day wins, and a published day off removes an
 * earlier shift). Swaps agreed with the supervisor are roster edits, so they are in the published roster.
 */
@ApplicationScoped
public class PublishedShifts {

    @Inject
    AgroalDataSource dataSource;

    /** A published working day: template and queue of one agent on one site-local date. */
    public record PublishedShift(long agentId, LocalDate workDate, long templateId, Long queueId) {
    }

    private record Key(long agentId, LocalDate date) {
    }

    public List<PublishedShift> load(long siteId, LocalDate from, LocalDate to, Long agentId) {
        String sql = "SELECT a.agent_id, a.work_date, a.published_template_id, a.published_queue_id FROM roster_assignment a"
                + " JOIN roster r ON r.id = a.roster_id WHERE r.site_id = ? AND r.publication_no > 0 AND a.has_published"
                + " AND a.work_date BETWEEN ? AND ?" + (agentId == null ? "" : " AND a.agent_id = ?")
                + " ORDER BY r.published_at, r.id";
        Map<Key, PublishedShift> latest = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, siteId);
            s.setObject(2, from);
            s.setObject(3, to);
            if (agentId != null) {
                s.setLong(4, agentId);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long agent = rs.getLong(1);
                    LocalDate date = rs.getObject(2, LocalDate.class);
                    long template = rs.getLong(3);
                    boolean dayOff = rs.wasNull();
                    long queue = rs.getLong(4);
                    Long queueId = rs.wasNull() ? null : queue;
                    Key key = new Key(agent, date);
                    latest.remove(key);
                    if (!dayOff) {
                        latest.put(key, new PublishedShift(agent, date, template, queueId));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the published roster: " + e.getMessage(), e);
        }
        return new ArrayList<>(latest.values());
    }
}
