package io.paiban.console;

import io.paiban.agent.requests.CoverageEffectService;
import io.paiban.agent.requests.LeaveRequestService;
import io.paiban.agent.requests.RequestDtos.SwapRequestView;
import io.paiban.agent.requests.SwapRequestService;
import io.paiban.agent.requests.SwapState;
import io.paiban.agent.requests.LeaveState;
import io.paiban.agent.requests.RequestDtos.CoverageEffect;
import io.paiban.agent.requests.RequestDtos.Decision;
import io.paiban.agent.requests.RequestDtos.LeaveRequestView;
import io.paiban.platform.error.ApiException;
import io.paiban.security.Role;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Leave requests waiting at the supervisor's sites, with their coverage effect, and swaps the agents agreed on
 * (PENDING_APPROVAL, already checked against the hard rules), to approve or refuse.
 */
@Path("/console/requests")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class RequestPages {

    @Inject
    ConsoleContext ctx;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    LeaveRequestService leave;

    @Inject
    CoverageEffectService coverage;

    @Inject
    SwapRequestService swaps;

    @Inject
    @Location("console/requests")
    Template requests;

    public record Waiting(LeaveRequestView request, String effect) {
    }

    /** A swap waiting for a supervisor: the two agents and, per date, who takes which duty. */
    public record WaitingSwap(long id, long version, String proposer, String counterpart, String days, String message) {
    }

    @GET
    @Operation(summary = "Console: leave requests and agreed swaps waiting for a decision")
    public TemplateInstance list(@QueryParam("flash") String flash, @QueryParam("error") String error) {
        ctx.require(Role.ADMIN, Role.SUPERVISOR);
        List<Waiting> waiting = leave.list(LeaveState.PENDING, null, null, null).stream()
                .map(r -> new Waiting(r, effect(coverage.effect(r.id())))).toList();
        List<WaitingSwap> waitingSwaps = swaps.list(SwapState.PENDING_APPROVAL, null, null, null).stream()
                .map(RequestPages::waitingSwap).toList();
        return ctx.page(requests.data("waiting", waiting).data("swaps", waitingSwaps).data("flash", flash).data("error", error),
                "nav_requests");
    }

    private static WaitingSwap waitingSwap(SwapRequestView s) {
        String days = s.days().stream().map(d -> d.date() + " " + duty(d.proposerDuty()) + " ⇄ " + duty(d.counterpartDuty()))
                .collect(java.util.stream.Collectors.joining("; "));
        return new WaitingSwap(s.id(), s.version(), s.proposer().employeeNo() + " " + s.proposer().name(),
                s.counterpart().employeeNo() + " " + s.counterpart().name(), days, s.message() == null ? "" : s.message());
    }

    private static String duty(io.paiban.planning.roster.store.RosterViews.DutyView duty) {
        return duty == null || duty.shiftTemplateCode() == null ? "-" : duty.shiftTemplateCode() + (duty.queueCode() == null ? "" : " " + duty.queueCode());
    }

    private static String effect(CoverageEffect e) {
        if (!e.rostered() || e.totals() == null) {
            return "-";
        }
        return String.format("%.1f h · %d → %d", e.totals().agentHours(), e.totals().shortfallBefore(), e.totals().shortfallAfter());
    }

    @POST
    @Path("/{id}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: approve or refuse a leave request")
    public Response decide(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("id") long id, @PathParam("decision") String decision, @FormParam("version") Long version,
                           @FormParam("note") String note) {
        csrf.verify(csrfToken);
        ctx.require(Role.ADMIN, Role.SUPERVISOR);
        try {
            Decision d = new Decision(version, note == null || note.isBlank() ? null : note);
            switch (decision) {
                case "approve" -> leave.approve(id, d);
                case "refuse" -> leave.refuse(id, d);
                default -> throw ApiException.invalidField("decision", "approve or refuse");
            }
            return Response.seeOther(URI.create("/console/requests?flash=decided")).build();
        } catch (ApiException e) {
            return Response.seeOther(URI.create("/console/requests?error=" + URLEncoder.encode(e.getMessage(), StandardCharsets.UTF_8))).build();
        }
    }

    @POST
    @Path("/swaps/{id}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: approve or refuse a swap both agents agreed on (same service as /api/swap-requests)")
    public Response decideSwap(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("id") long id, @PathParam("decision") String decision,
                               @FormParam("version") Long version, @FormParam("note") String note) {
        csrf.verify(csrfToken);
        ctx.require(Role.ADMIN, Role.SUPERVISOR);
        try {
            Decision d = new Decision(version, note == null || note.isBlank() ? null : note);
            switch (decision) {
                case "approve" -> swaps.approve(id, d);
                case "refuse" -> swaps.refuse(id, d);
                default -> throw ApiException.invalidField("decision", "approve or refuse");
            }
            return Response.seeOther(URI.create("/console/requests?flash=decided")).build();
        } catch (ApiException e) {
            return Response.seeOther(URI.create("/console/requests?error=" + URLEncoder.encode(e.getMessage(), StandardCharsets.UTF_8))).build();
        }
    }
}
