package io.paiban.masterdata.shift;

import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

public final class ShiftTemplateWindowDtos {

    private ShiftTemplateWindowDtos() {
    }

    @Schema(name = "ShiftTemplateWindowRequest", description = "Exactly one of siteId and clientId")
    public record ShiftTemplateWindowRequest(
            @NotNull @Schema(description = "A WINDOWED template") Long templateId,
            @Schema(description = "Enabled for the rosters of this site") Long siteId,
            @Schema(description = "Enabled for every site serving this client's queues") Long clientId,
            @NotNull @Schema(example = "2026-11-08") LocalDate firstDate,
            @NotNull @Schema(example = "2026-11-21") LocalDate lastDate,
            @Size(max = 500) String note,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "ShiftTemplateWindow")
    public record ShiftTemplateWindowView(Long id, Long templateId, String templateCode, Long siteId, Long clientId,
                                          LocalDate firstDate, LocalDate lastDate, String note, long version,
                                          Instant createdAt, Instant updatedAt) {
        static ShiftTemplateWindowView of(ShiftTemplateWindow w, String templateCode) {
            return new ShiftTemplateWindowView(w.id, w.templateId, templateCode, w.siteId, w.clientId, w.firstDate, w.lastDate,
                    w.note, w.version, w.createdAt, w.updatedAt);
        }
    }
}
