package io.paiban.floor.servicelevel.actuals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public final class ActualsDtos {

    private ActualsDtos() {
    }

    @Schema(name = "ActualsImportRequest", description = "Rows as JSON objects with the same fields as the CSV columns (camelCase or snake_case)")
    public record ImportRequest(
            @Schema(description = "15, 30 or 60 (interval imports only); default 30") Integer intervalMinutes,
            @Schema(description = "Short-abandon threshold the source used (queue intervals only); default paiban.service-level.short-abandon-seconds")
            Integer shortAbandonSeconds,
            @NotNull @Size(max = 200_000) List<Map<String, Object>> rows) {
    }

    @Schema(name = "ActualsImportSummary")
    public record ImportSummary(String kind, int rows, Instant from, Instant to, long millis) {
    }
}
