package io.paiban.masterdata.shift;

import io.paiban.kernel.PlacedShift;
import io.paiban.kernel.ShiftKind;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A shift pattern in site-local wall time. An end at or before the start means the shift ends the
 * next day (night 17:30-01:00); the shift belongs to the day it starts.
 */
@Entity
@Table(name = "shift_template")
public class ShiftTemplate extends VersionedEntity {

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "shift_kind", nullable = false)
    public ShiftKind kind;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    public LocalTime endTime;

    @Column(name = "paid_minutes", nullable = false)
    public int paidMinutes;

    @Column(nullable = false)
    public boolean active = true;

    /** STANDARD: offered every day; WINDOWED: only inside the windows of shift_template_window. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public ShiftOffering offering = ShiftOffering.STANDARD;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shift_template_break", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "list_index")
    public List<ShiftBreak> breaks = new ArrayList<>();

    public boolean crossesMidnight() {
        return !endTime.isAfter(startTime);
    }

    /** The shift worked on a site-local date, in real instants of the zone (it may end the next day; it belongs to this date). */
    public PlacedShift placeOn(LocalDate workDate, ZoneId zone) {
        return PlacedShift.place(workDate, startTime, endTime,
                breaks.stream().map(b -> new PlacedShift.BreakOffset(b.offsetMinutes, b.durationMinutes, b.paid)).toList(), zone);
    }

    /** Nominal length in minutes; the real length of a given day follows the site's zone rules. */
    public int durationMinutes() {
        return durationMinutes(startTime, endTime);
    }

    public static int durationMinutes(LocalTime start, LocalTime end) {
        int minutes = (int) Duration.between(start, end).toMinutes();
        return minutes <= 0 ? minutes + 24 * 60 : minutes;
    }
}
