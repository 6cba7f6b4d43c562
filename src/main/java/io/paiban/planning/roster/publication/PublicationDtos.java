package io.paiban.planning.roster.publication;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PublicationDtos {

    private PublicationDtos() {
    }

    @Schema(name = "PublishRequest")
    public record PublishRequest(@NotNull @Schema(description = "The roster version read") Long version,
                                 @Size(max = 100) @Schema(description = "Ignored: the signed-in user is recorded as the publisher", deprecated = true) String actor) {
    }
}
