package io.paiban.masterdata.client;

import io.paiban.platform.persistence.VersionedRequest;
import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.kernel.ServiceTargetDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class ClientDtos {

    private ClientDtos() {
    }

    @Schema(name = "ServiceStandard", description = "A contract standard for a channel, optionally for one queue function only")
    public record StandardDto(
            @NotNull Channel channel,
            @Schema(description = "Empty: the standard applies to every function of the channel") QueueFunction queueFunction,
            @NotNull @Valid ServiceTargetDto target,
            @Size(max = 300) String description) {

        static StandardDto of(ServiceStandard s) {
            return new StandardDto(s.channel, s.queueFunction, ServiceTargetDto.of(s.target), s.description);
        }

        ServiceStandard toEntity() {
            return new ServiceStandard(channel, queueFunction, target.toEntity(), description);
        }
    }

    @Schema(name = "ClientRequest")
    public record ClientRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, '_' and '-' only") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull Platform platform,
            @Schema(description = "Contract standards; omitted on create: the DOMAIN defaults for the platform")
            List<@NotNull @Valid StandardDto> standards,
            @Schema(description = "The version read; required on update (optimistic locking)") Long version) implements VersionedRequest {
    }

    @Schema(name = "Client")
    public record ClientView(Long id, String code, String name, Platform platform, List<StandardDto> standards,
                             long version, Instant createdAt, Instant updatedAt) {
        static ClientView of(Client c) {
            return new ClientView(c.id, c.code, c.name, c.platform, c.standards.stream().map(StandardDto::of).toList(),
                    c.version, c.createdAt, c.updatedAt);
        }
    }
}
