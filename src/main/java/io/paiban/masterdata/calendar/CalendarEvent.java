package io.paiban.masterdata.calendar;

import io.paiban.masterdata.client.Client;
import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A holiday or promotion over site-local dates. Events with the same key (DOUBLE_11) recur, so
 * forecasting can learn their effect from past occurrences. No client means it applies to all.
 */
@Entity
@Table(name = "calendar_event")
public class CalendarEvent extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_type", nullable = false)
    public CalendarEventType type;

    @Column(name = "event_key", length = 40)
    public String eventKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    public Client client;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** Expected volume on the event days relative to a normal day, when the planner knows it. */
    @Column(name = "volume_factor", precision = 6, scale = 3)
    public BigDecimal volumeFactor;

    @Column(length = 500)
    public String notes;

    /** Holiday calendar the event belongs to (applies to sites naming it); null = every site. */
    @Column(name = "calendar_name", length = 40)
    public String calendarName;

    /** The center is closed on these days: missing in history, 0 in forecasts, refused in imports. */
    @Column(nullable = false)
    public boolean closed;

    /** Whether the event applies to a queue of this client at a site with this holiday calendar. */
    public boolean appliesTo(Long clientId, String siteCalendar) {
        return (client == null || client.id.equals(clientId)) && (calendarName == null || calendarName.equals(siteCalendar));
    }
}
