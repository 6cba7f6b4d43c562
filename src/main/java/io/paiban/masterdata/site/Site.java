package io.paiban.masterdata.site;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.ZoneId;

/** A contact-center floor. Rosters, opening hours and attendance are computed in its time zone. */
@Entity
@Table(name = "site")
public class Site extends VersionedEntity {

    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone = DEFAULT_TIME_ZONE;

    /** Name of the holiday calendar whose events apply to this site (besides events of no calendar); null = none. */
    @Column(name = "holiday_calendar", length = 40)
    public String holidayCalendar;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
