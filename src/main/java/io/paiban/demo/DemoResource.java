package io.paiban.demo;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/demo")
@Tag(name = "Demo", description = "Generate the demo contact center")
@RolesAllowed(Roles.ADMIN)
public class DemoResource {

    @Inject
    DemoService demo;

    @POST
    @Operation(summary = "Generate and store a demo contact center",
            description = "Deterministic by seed and historyEnd: 3 client shops, queues across phone/chat/email/tickets, "
                    + "agents with skill mixes, trainees and a flex pool, one site, holidays and promotions, and per-30-minute "
                    + "history. Loads only into an empty database (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Loaded; the body counts what was stored")
    @APIResponse(responseCode = "409", description = "The database already holds clients or sites")
    public Response load(@Parameter(description = "Generator seed (default 20261111)") @QueryParam("seed") Long seed,
                         @Parameter(description = "Agents, 10-20000 (default 150)") @QueryParam("agents") Integer agents,
                         @Parameter(description = "Queues, 1-60 (default 8)") @QueryParam("queues") Integer queues,
                         @Parameter(description = "Weeks of history, 0-156 (default 26)") @QueryParam("weeks") Integer weeks,
                         @Parameter(description = "A Monday; history ends the day before (default: this week's Monday)")
                         @QueryParam("historyEnd") LocalDate historyEnd,
                         @Parameter(description = "Site time zone (default Asia/Shanghai)") @QueryParam("timeZone") String timeZone) {
        return Response.status(Response.Status.CREATED)
                .entity(demo.load(seed, agents, queues, weeks, historyEnd, timeZone)).build();
    }
}
