package io.paiban.masterdata.shift;

import io.paiban.kernel.ShiftKind;

import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

public final class ShiftTemplateDtos {

    private ShiftTemplateDtos() {
    }

    @Schema(name = "ShiftBreak", description = "A break offsetMinutes after the shift start")
    public record BreakDto(@NotNull @Min(0) Integer offsetMinutes, @NotNull @Positive @Max(240) Integer durationMinutes, boolean paid) {
        ShiftBreak toEntity() {
            return new ShiftBreak(offsetMinutes, durationMinutes, paid);
        }

        static BreakDto of(ShiftBreak b) {
            return new BreakDto(b.offsetMinutes, b.durationMinutes, b.paid);
        }
    }

    @Schema(name = "ShiftTemplateRequest")
    public record ShiftTemplateRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '_' and '-' only") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull ShiftKind kind,
            @NotNull @Schema(type = SchemaType.STRING, example = "17:30") LocalTime startTime,
            @NotNull @Schema(type = SchemaType.STRING, example = "01:00", description = "At or before startTime: ends the next day") LocalTime endTime,
            @Positive @Schema(description = "Paid minutes; omitted: length minus unpaid breaks") Integer paidMinutes,
            Boolean active,
            @Schema(description = "STANDARD (every day) or WINDOWED (only inside enabled windows, see /api/shift-template-windows); "
                    + "omitted: WINDOWED for PEAK templates, else STANDARD") ShiftOffering offering,
            List<@NotNull @Valid BreakDto> breaks,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "ShiftTemplate")
    public record ShiftTemplateView(Long id, String code, String name, ShiftKind kind, LocalTime startTime,
                                    LocalTime endTime, boolean crossesMidnight, int durationMinutes, int paidMinutes,
                                    boolean active, ShiftOffering offering, List<BreakDto> breaks, long version, Instant createdAt,
                                    Instant updatedAt) {
        static ShiftTemplateView of(ShiftTemplate t) {
            return new ShiftTemplateView(t.id, t.code, t.name, t.kind, t.startTime, t.endTime, t.crossesMidnight(),
                    t.durationMinutes(), t.paidMinutes, t.active, t.offering, t.breaks.stream().map(BreakDto::of).toList(),
                    t.version, t.createdAt, t.updatedAt);
        }
    }
}
