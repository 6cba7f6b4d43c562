package io.paiban.console;

import io.paiban.agent.requests.LeaveRequestService;
import io.paiban.agent.requests.NotificationService;
import io.paiban.agent.requests.RequestDtos.NotificationView;
import io.paiban.agent.requests.RequestDtos.SwapProposal;
import io.paiban.agent.requests.RequestDtos.SwapRequestView;
import io.paiban.agent.requests.RequestDtos.Transition;
import io.paiban.agent.requests.SwapRequestService;
import io.paiban.kernel.AgentStatus;
import io.paiban.planning.roster.store.RosterViews.DutyView;
import io.paiban.agent.requests.RequestDtos.LeaveRequestCreate;
import io.paiban.agent.selfservice.CalendarFeedService;
import io.paiban.agent.selfservice.MyShiftService;
import io.paiban.agent.selfservice.SelfServiceDtos.FeedIssued;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.planning.roster.publication.PublishedShiftService.PublishedShift;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The agent's pages, laid out for a phone: the week of published shifts (the same service as
 * GET /api/me/shifts), the next shift, the calendar subscription link and a leave request.
 */
@Path("/console/me")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class AgentPages {

    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    ConsoleContext ctx;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    MyShiftService shifts;

    @Inject
    CalendarFeedService feeds;

    @Inject
    LeaveRequestService leave;

    @Inject
    SwapRequestService swaps;

    @Inject
    NotificationService notifications;

    @Inject
    @Location("console/me")
    Template me;

    /** A swap as the agent sees it: who, which days (my duty ⇄ theirs), its state and what I may do now. */
    public record SwapRow(long id, long version, String other, String days, String state, boolean canAnswer, boolean canCancel,
                          String brokenRules) {
    }

    public record Colleague(long id, String label) {
    }

    public record NoticeRow(String at, String kind, String message) {
    }

    public record ShiftRow(LocalDate date, String day, boolean working, String code, String name, String queue, String time,
                           String breaks, boolean changed) {
    }

    private ZoneId zone() {
        Long agentId = ctx.caller().agentId();
        if (agentId == null) {
            throw new ConsoleRefused();
        }
        return Agent.<Agent>findById(agentId).site.zone();
    }

    @GET
    @Operation(summary = "Console: the agent's week, next shift, calendar link and leave requests")
    public TemplateInstance week(@QueryParam("week") LocalDate week, @QueryParam("flash") String flash,
                                 @QueryParam("error") String error) {
        return render(week, flash, error, null);
    }

    private TemplateInstance render(LocalDate week, String flash, String error, FeedIssued issued) {
        ctx.require(Role.AGENT);
        ZoneId zone = zone();
        LocalDate today = LocalDate.now(zone);
        LocalDate monday = (week == null ? today : week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<ShiftRow> rows = shifts.shifts(monday, monday.plusDays(6)).stream().map(this::row).toList();
        Instant now = Instant.now();
        Optional<PublishedShift> next = shifts.shifts(today, today.plusDays(13)).stream()
                .filter(s -> s.working() && s.endsAt() != null && s.endsAt().isAfter(now)).findFirst();
        return ctx.page(me.data("monday", monday).data("sunday", monday.plusDays(6)).data("rows", rows)
                .data("previousWeek", monday.minusWeeks(1)).data("nextWeek", monday.plusWeeks(1))
                .data("next", next.map(this::row).orElse(null)).data("feed", feeds.ownStatus()).data("issued", issued)
                .data("requests", leave.mine()).data("tomorrow", today.plusDays(1))
                .data("swaps", swapRows()).data("colleagues", colleagues()).data("notices", notices(zone))
                .data("flash", flash).data("error", error).data("zone", zone.getId()), "nav_me");
    }

    private List<SwapRow> swapRows() {
        long me = ctx.caller().agentId();
        List<SwapRow> rows = new ArrayList<>();
        for (SwapRequestView swap : swaps.mine()) {
            boolean proposer = swap.proposer().agentId() == me;
            var other = proposer ? swap.counterpart() : swap.proposer();
            String days = swap.days().stream().map(d -> d.date() + " " + duty(proposer ? d.proposerDuty() : d.counterpartDuty())
                    + " ⇄ " + duty(proposer ? d.counterpartDuty() : d.proposerDuty())).collect(Collectors.joining("; "));
            boolean proposed = swap.state() == io.paiban.agent.requests.SwapState.PROPOSED;
            rows.add(new SwapRow(swap.id(), swap.version(), other.employeeNo() + " " + other.name(), days, swap.state().name(),
                    proposed && !proposer, proposer && swap.state().isOpen(),
                    swap.brokenRules() == null ? "" : String.join("; ", swap.brokenRules())));
        }
        return rows;
    }

    private static String duty(DutyView duty) {
        return duty == null || duty.shiftTemplateCode() == null ? "-" : duty.shiftTemplateCode() + (duty.queueCode() == null ? "" : " " + duty.queueCode());
    }

    /** Active colleagues of the agent's site, the possible counterparts of a swap. */
    private List<Colleague> colleagues() {
        Agent me = Agent.findById(ctx.caller().agentId());
        return Agent.<Agent>list("site.id = ?1 and status = ?2 and id <> ?3", me.site.id, AgentStatus.ACTIVE, me.id).stream()
                .sorted(Comparator.comparing(a -> a.employeeNo)).map(a -> new Colleague(a.id, a.employeeNo + " " + a.fullName)).toList();
    }

    private List<NoticeRow> notices(ZoneId zone) {
        DateTimeFormatter at = DateTimeFormatter.ofPattern("MM-dd HH:mm");
        return notifications.mine(null, 20).stream().map((NotificationView n) -> new NoticeRow(n.at().atZone(zone).format(at),
                n.kind().name(), n.message())).toList();
    }

    private ShiftRow row(PublishedShift s) {
        String day = s.date() + " " + s.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, ctx.locale());
        if (!s.working()) {
            return new ShiftRow(s.date(), day, false, "", "", "", "", "", !s.changes().isEmpty());
        }
        String breaks = s.breaks() == null ? "" : s.breaks().stream()
                .map(b -> b.start().toLocalTime().format(HM) + "-" + b.end().toLocalTime().format(HM)).collect(Collectors.joining(", "));
        return new ShiftRow(s.date(), day, true, s.shiftTemplateCode(), s.shiftName(), s.queueCode(),
                s.start().format(HM) + "-" + s.end().format(HM), breaks, !s.changes().isEmpty());
    }

    @POST
    @Path("/calendar-feed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: issue the agent's calendar subscription link (shown once)")
    public TemplateInstance issueFeed(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @Context UriInfo uri) {
        csrf.verify(csrfToken);
        ctx.require(Role.AGENT);
        FeedIssued issued = feeds.issueOwn(uri.getBaseUri().toString());
        return render(null, null, null, issued);
    }

    @POST
    @Path("/leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: send a leave request")
    public Response requestLeave(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @FormParam("firstDate") LocalDate first, @FormParam("lastDate") LocalDate last,
                                 @FormParam("reason") String reason, @FormParam("requestKey") String requestKey) {
        csrf.verify(csrfToken);
        ctx.require(Role.AGENT);
        try {
            if (first == null) {
                throw ApiException.invalidField("firstDate", "is required");
            }
            String key = requestKey == null || requestKey.isBlank() ? UUID.randomUUID().toString() : requestKey;
            leave.create(new LeaveRequestCreate(first, last, reason == null || reason.isBlank() ? null : reason, key));
            return Response.seeOther(URI.create("/console/me?flash=leave_sent")).build();
        } catch (ApiException e) {
            String detail = e.getMessage() + e.errors().stream().map(p -> " " + p.field() + ": " + p.message()).collect(Collectors.joining());
            return Response.seeOther(URI.create("/console/me?error=" + URLEncoder.encode(detail, StandardCharsets.UTF_8))).build();
        }
    }

    @POST
    @Path("/swaps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: propose a shift swap to a colleague (same service as POST /api/me/swap-requests)")
    public Response proposeSwap(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @FormParam("counterpartAgentId") Long counterpart,
                                @FormParam("firstDate") LocalDate first, @FormParam("secondDate") LocalDate second,
                                @FormParam("message") String message, @FormParam("requestKey") String requestKey) {
        csrf.verify(csrfToken);
        ctx.require(Role.AGENT);
        try {
            if (counterpart == null) {
                throw ApiException.invalidField("counterpartAgentId", "is required");
            }
            if (first == null) {
                throw ApiException.invalidField("firstDate", "is required");
            }
            List<LocalDate> dates = second == null || second.equals(first) ? List.of(first) : List.of(first, second);
            String key = requestKey == null || requestKey.isBlank() ? UUID.randomUUID().toString() : requestKey;
            swaps.propose(new SwapProposal(counterpart, dates, message == null || message.isBlank() ? null : message, key));
            return Response.seeOther(URI.create("/console/me?flash=swap_sent")).build();
        } catch (ApiException e) {
            return failed(e);
        }
    }

    @POST
    @Path("/swaps/{id}/{answer}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: accept, decline or cancel one of my swaps (the hard rules are checked on accept)")
    public Response answerSwap(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("id") long id, @PathParam("answer") String answer,
                               @FormParam("version") Long version) {
        csrf.verify(csrfToken);
        ctx.require(Role.AGENT);
        try {
            Transition t = new Transition(version);
            switch (answer) {
                case "accept" -> swaps.accept(id, t);
                case "decline" -> swaps.decline(id, t);
                case "cancel" -> swaps.cancel(id, t);
                default -> throw ApiException.invalidField("answer", "accept, decline or cancel");
            }
            return Response.seeOther(URI.create("/console/me?flash=swap_" + answer)).build();
        } catch (ApiException e) {
            return failed(e);
        }
    }

    private static Response failed(ApiException e) {
        String detail = e.getMessage() + e.errors().stream().map(p -> " " + p.field() + ": " + p.message()).collect(Collectors.joining());
        return Response.seeOther(URI.create("/console/me?error=" + URLEncoder.encode(detail, StandardCharsets.UTF_8))).build();
    }
}
