package io.paiban.console;

import io.paiban.floor.attendance.AttendanceDtos.AgentMonthView;
import io.paiban.floor.attendance.AttendanceDtos.MonthlyReportView;
import io.paiban.floor.attendance.Months;
import io.paiban.floor.attendance.MonthlyReportService;
import io.paiban.floor.attendance.assessment.AssessmentDtos.AssessmentView;
import io.paiban.floor.attendance.assessment.AssessmentDtos.MonthlyAssessmentView;
import io.paiban.floor.attendance.assessment.AssessmentService;
import io.paiban.masterdata.site.SiteDtos.SiteView;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.ProblemKind;
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

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A site's attendance month for supervisors and administrators (the roles of /api/attendance): per agent the
 * lates, early leaves, absences, fines, bonus and flags (MonthlyReportService, as GET /api/attendance/reports/monthly),
 * the assessment ranking (AssessmentService, as GET /api/attendance/assessments), both as CSV through the REST
 * exports, and the buttons that generate them (the same services as the POST endpoints).
 */
@Path("/console/attendance")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class AttendancePages {

    @Inject
    ConsoleContext ctx;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    FloorSites sites;

    @Inject
    MonthlyReportService reports;

    @Inject
    AssessmentService assessments;

    @Inject
    @Location("console/attendance")
    Template page;

    public record AgentRow(long agentId, String employeeNo, String name, String team, int shifts, int late, int early, int absences,
                           int noShows, String fines, String bonus, boolean bonusKept, boolean flagged, String flagReasons,
                           String adherence) {
    }

    public record RankRow(int rank, Integer previousRank, String employeeNo, String name, String team, String score, String awardKey,
                          int contactsHandled, String adherence, int complaints, String qaScore) {
    }

    @GET
    @Operation(summary = "Console: a site's attendance month per agent and the assessment ranking")
    public TemplateInstance show(@QueryParam("siteId") String siteId, @QueryParam("month") String month,
                                 @QueryParam("flash") String flash, @QueryParam("error") String error) {
        ctx.require(Role.ADMIN, Role.SUPERVISOR);
        SiteView site = sites.choose(siteId);
        YearMonth ym = null;
        String problem = error;
        if (site != null) {
            try {
                ym = month == null || month.isBlank() ? YearMonth.now(FloorSites.zone(site)) : Months.parse("month", month);
            } catch (ApiException e) {
                problem = e.getMessage();
            }
        }
        MonthlyReportView report = null;
        MonthlyAssessmentView ranking = null;
        if (ym != null) {
            YearMonth chosen = ym;
            report = orNull(() -> reports.reportChecked(site.id(), chosen, null));
            ranking = orNull(() -> assessments.viewChecked(site.id(), chosen));
        }
        List<AgentRow> agents = report == null ? List.of()
                : report.teams().stream().flatMap(t -> t.members().stream()).map(AttendancePages::row).toList();
        List<RankRow> ranks = ranking == null ? List.of() : ranking.ranking().stream().map(AttendancePages::rank).toList();
        return ctx.page(page.data("sites", sites.visible()).data("site", site).data("month", ym == null ? month : ym.toString())
                .data("validMonth", ym != null).data("report", report).data("agents", agents).data("ranking", ranking).data("ranks", ranks)
                .data("generatedAt", report == null ? null : FloorSites.hm(report.generatedAt(), FloorSites.zone(site)))
                .data("flash", FloorSites.flash(flash)).data("flashKey", "floor_flash_" + FloorSites.flash(flash))
                .data("error", problem), "nav_attendance");
    }

    private static <T> T orNull(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiException e) {
            if (e.kind() == ProblemKind.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    private static AgentRow row(AgentMonthView m) {
        BigDecimal fines = sum(m.lateFines(), m.complaintFines(), m.conductFines());
        return new AgentRow(m.agentId(), m.employeeNo(), m.fullName(), m.team() == null ? "" : m.team(), m.shifts(), m.lateCount(),
                m.earlyCount(), m.absences(), m.noShows(), fines.toPlainString(),
                m.bonusPayable() == null ? "0" : m.bonusPayable().toPlainString(), m.bonusKept(),
                m.dismissalFlag(), m.flagReasons() == null ? "" : m.flagReasons(),
                m.adherence() == null ? "-" : FloorSites.percent(m.adherence()));
    }

    private static BigDecimal sum(BigDecimal... values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                total = total.add(v);
            }
        }
        return total;
    }

    private static RankRow rank(AssessmentView a) {
        return new RankRow(a.rank(), a.previousRank(), a.employeeNo(), a.fullName(), a.team() == null ? "" : a.team(),
                String.format(Locale.ROOT, "%.1f", a.score()), a.award() == null ? null : "award_" + a.award().name(), a.contactsHandled(),
                a.adherence() == null ? "-" : FloorSites.percent(a.adherence()), a.complaints(),
                a.qaScore() == null ? "-" : String.format(Locale.ROOT, "%.1f", a.qaScore()));
    }

    @POST
    @Path("/{what}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: generate the month's report (POST /api/attendance/reports/monthly) or rank it (POST /api/attendance/assessments)")
    public Response generate(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("what") String what,
                             @FormParam("siteId") String siteId, @FormParam("month") String month) {
        csrf.verify(csrfToken);
        ctx.require(Role.ADMIN, Role.SUPERVISOR);
        Long site;
        try {
            site = siteId == null ? null : Long.parseLong(siteId.trim());
        } catch (NumberFormatException e) {
            site = null;
        }
        if (site == null) {
            return back(null, month, "error", "siteId: " + (siteId == null || siteId.isBlank() ? "required" : "'" + siteId + "' is not a site id"));
        }
        try {
            YearMonth ym = Months.parse("month", month);
            switch (what) {
                case "generate" -> reports.generateChecked(site, ym, Instant.now());
                case "rank" -> assessments.generateChecked(site, ym, Instant.now());
                default -> throw ApiException.invalidField("action", "generate or rank");
            }
            return back(site, ym.toString(), "flash", what.equals("generate") ? "generated" : "ranked");
        } catch (ApiException e) {
            return back(site, month, "error", e.getMessage());
        }
    }

    private static Response back(Long siteId, String month, String key, String value) {
        StringBuilder query = new StringBuilder();
        if (siteId != null) {
            query.append("siteId=").append(siteId).append('&');
        }
        if (month != null && Objects.requireNonNullElse(month, "").matches("\\d{4}-\\d{2}")) {
            query.append("month=").append(month).append('&');
        }
        query.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        return Response.seeOther(URI.create("/console/attendance?" + query)).build();
    }
}
