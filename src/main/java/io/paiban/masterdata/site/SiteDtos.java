package io.paiban.masterdata.site;

import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public final class SiteDtos {

    private SiteDtos() {
    }

    @Schema(name = "SiteRequest")
    public record SiteRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '_' and '-' only") String code,
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "IANA time zone; default Asia/Shanghai", example = "Asia/Shanghai") String timeZone,
            @Schema(description = "The version read; required on update") Long version,
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '_' and '-' only")
            @Schema(description = "Holiday calendar of the site (see POST /api/calendar-events/holidays); omitted: none", example = "IL")
            String holidayCalendar) implements VersionedRequest {
    }

    @Schema(name = "Site")
    public record SiteView(Long id, String code, String name, String timeZone, long version, Instant createdAt, Instant updatedAt,
                           String holidayCalendar) {
        static SiteView of(Site s) {
            return new SiteView(s.id, s.code, s.name, s.timeZone, s.version, s.createdAt, s.updatedAt, s.holidayCalendar);
        }
    }
}
