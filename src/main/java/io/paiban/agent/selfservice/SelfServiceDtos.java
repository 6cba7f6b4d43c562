package io.paiban.agent.selfservice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public final class SelfServiceDtos {

    private SelfServiceDtos() {
    }

    @Schema(name = "CalendarFeedIssued", description = "A new feed URL; the token is shown only now. Issuing revokes the previous one.")
    public record FeedIssued(String url, String token, Instant createdAt) {
    }

    @Schema(name = "CalendarFeedStatus", description = "Whether the agent has a live feed token, when it was made and last read")
    public record FeedStatus(boolean active, Instant createdAt, Instant lastUsedAt) {
    }
}
