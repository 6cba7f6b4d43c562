package io.paiban.masterdata.queue;

import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.kernel.ServiceTargetDto;

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

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

public final class QueueDtos {

    private QueueDtos() {
    }

    @Schema(name = "OpeningHours", description = "Opening period starting on dayOfWeek in the site's time zone; "
            + "closesAt at or before opensAt runs past midnight, 00:00-00:00 is all day")
    public record OpeningHoursDto(
            @NotNull DayOfWeek dayOfWeek,
            @NotNull @Schema(type = SchemaType.STRING, example = "08:30") LocalTime opensAt,
            @NotNull @Schema(type = SchemaType.STRING, example = "01:00") LocalTime closesAt) {

        OpeningHours toEntity() {
            return new OpeningHours(dayOfWeek, opensAt, closesAt);
        }

        static OpeningHoursDto of(OpeningHours h) {
            return new OpeningHoursDto(h.dayOfWeek, h.opensAt, h.closesAt);
        }
    }

    @Schema(name = "QueueRequest")
    public record QueueRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '_' and '-' only") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull Long clientId,
            @NotNull Long siteId,
            @NotNull Channel channel,
            @NotNull QueueFunction function,
            @Valid @Schema(description = "Omitted: the client's contract standard for this channel and function") ServiceTargetDto target,
            @NotNull @Positive @Max(86_400) @Schema(description = "Default average handle time, seconds", example = "240") Integer defaultHandleSeconds,
            @Min(1) @Max(10) @Schema(description = "Chats one agent handles at once (CHAT only); default 1") Integer chatConcurrency,
            @Schema(description = "Omitted: every day 08:30-01:00 (the day and night shifts)") List<@NotNull @Valid OpeningHoursDto> openingHours,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "Queue")
    public record QueueView(Long id, String code, String name, Long clientId, Long siteId, Channel channel,
                            QueueFunction function, ServiceTargetDto target, int defaultHandleSeconds,
                            int chatConcurrency, List<OpeningHoursDto> openingHours, long version,
                            Instant createdAt, Instant updatedAt) {
        static QueueView of(ServiceQueue q) {
            return new QueueView(q.id, q.code, q.name, q.client.id, q.site.id, q.channel, q.function,
                    ServiceTargetDto.of(q.target), q.defaultHandleSeconds, q.chatConcurrency,
                    q.openingHours.stream().map(OpeningHoursDto::of).toList(), q.version, q.createdAt, q.updatedAt);
        }
    }
}
