package io.paiban.masterdata.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/**
 * One opening period starting on a weekday, in the site's local time. A closing time at or before
 * the opening time means the period runs past midnight (08:30-01:00); 00:00-00:00 is open all day.
 */
@Embeddable
public class OpeningHours {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "day_of_week", nullable = false)
    public DayOfWeek dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    public LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    public LocalTime closesAt;

    public OpeningHours() {
    }

    public OpeningHours(DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {
        this.dayOfWeek = dayOfWeek;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public boolean crossesMidnight() {
        return !closesAt.isAfter(opensAt);
    }

    /** Length in wall-clock minutes, ignoring daylight-saving jumps (none in Asia/Shanghai). */
    public long minutes() {
        long minutes = Duration.between(opensAt, closesAt).toMinutes();
        return minutes <= 0 ? minutes + 24 * 60 : minutes;
    }
}
