package io.paiban.agent.requests;

import io.paiban.agent.requests.RequestDtos.NotificationView;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

@Path("/api/me/notifications")
@Tag(name = "My requests")
@RolesAllowed(Roles.AGENT)
public class MyNotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Changes to my shifts and my requests, newest first", description = "SHIFT_CHANGE: a published day of yours "
            + "changed (a new publication of the roster or an approved swap), with the duty before and after. LEAVE_REQUEST and "
            + "SWAP_REQUEST: a request of yours changed state (approved, refused, a swap proposed to you, accepted, declined, "
            + "cancelled, rejected by the rules).")
    public List<NotificationView> list(@Parameter(description = "Only what happened after this instant") @QueryParam("since") Instant since,
                                       @Parameter(description = "At most this many (default 100)") @QueryParam("limit") @DefaultValue("100")
                                       @Min(1) @Max(500) int limit) {
        return notifications.mine(since, limit);
    }
}
