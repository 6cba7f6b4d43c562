package io.paiban.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.masterdata.site.Site;
import io.paiban.planning.capacity.CapacityDtos.HiringRequestView;
import io.paiban.planning.capacity.CapacityDtos.PlanRequest;
import io.paiban.planning.capacity.CapacityDtos.PlanView;
import io.paiban.planning.capacity.CapacityDtos.WeekView;
import io.paiban.planning.capacity.CapacityService;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.paiban.security.Role;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Capacity page: required against available FTE per week of a stored plan, as a chart and a table, and the hiring
 * starts before each promotion (CapacityService, the same scoping as GET /api/capacity-plans: supervisors see the
 * plans of their sites). Administrators and planners may compute a new plan with the form (POST /api/capacity-plans).
 */
@Path("/console/capacity")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class CapacityPages {

    @Inject
    ConsoleContext ctx;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    AccessScope scope;

    @Inject
    CapacityService plans;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    @Location("console/capacity")
    Template page;

    public record PlanOption(long id, String label) {
    }

    public record SiteOption(long id, String label) {
    }

    public record WeekLine(String weekStart, String source, String requiredHours, String requiredFte, String inHouse, String leave,
                           String trainees, String flex, String available, String gap, boolean shortWeek, String promotions) {
    }

    public record HiringLine(String reason, String event, String neededBy, String gap, int hires, int flexDays, String latestStart,
                             boolean tooLate) {
    }

    @GET
    @Operation(summary = "Console: required against available FTE per week and hiring starts of a capacity plan")
    public TemplateInstance show(@QueryParam("planId") Long planId, @QueryParam("flash") String flash,
                                 @QueryParam("error") String error) throws JsonProcessingException {
        ctx.require(Role.ADMIN, Role.PLANNER, Role.SUPERVISOR);
        List<PlanView> all = plans.list(null);
        Map<Long, String> siteNames = new LinkedHashMap<>();
        Site.<Site>listAll().stream().filter(s -> scope.canSeeSite(s.id)).sorted(Comparator.comparing(s -> s.code))
                .forEach(s -> siteNames.put(s.id, s.code + " " + s.name));
        List<PlanOption> options = all.stream().map(p -> new PlanOption(p.id(), "#" + p.id() + " · " + siteNames.getOrDefault(p.siteId(), "")
                + " · " + p.firstWeek() + " +" + p.weeks() + (p.label() == null || p.label().isBlank() ? "" : " · " + p.label()))).toList();
        Long chosen = planId != null ? planId : all.isEmpty() ? null : all.get(0).id();
        PlanView plan = null;
        if (chosen != null) {
            try {
                plan = plans.get(chosen);
            } catch (ApiException e) {
                throw new ConsoleRefused(); // out of scope or unknown: the REST API answers 404, the page refuses
            }
        }
        TemplateInstance instance = page.data("plans", options).data("planId", chosen).data("plan", plan)
                .data("canCreate", ctx.isOneOf(Role.ADMIN, Role.PLANNER))
                .data("sites", siteNames.entrySet().stream().map(e -> new SiteOption(e.getKey(), e.getValue())).toList())
                .data("flash", flash).data("error", error);
        List<WeekLine> weeks = List.of();
        List<HiringLine> hiring = List.of();
        String chartJson = null;
        if (plan != null && plan.result() != null) {
            List<WeekView> w = plan.result().weeks();
            weeks = w.stream().map(x -> new WeekLine(x.weekStart().toString(), x.source(), fmt(x.requiredHours(), 0), fmt(x.requiredFte(), 1),
                    fmt(x.inHouseFte(), 1), fmt(x.leaveFte(), 1), fmt(x.traineeFte(), 1), fmt(x.flexFte(), 1), fmt(x.availableFte(), 1),
                    fmt(x.gapFte(), 1), x.gapFte() > 0, x.promotions() == null ? "" : String.join(", ", x.promotions()))).toList();
            hiring = plan.result().hiring().stream().map(h -> new HiringLine(h.reason(), h.eventName() == null ? "" : h.eventName(),
                    String.valueOf(h.neededBy()), fmt(h.gapFte(), 1), h.hires(), h.flexAgentDays(), String.valueOf(h.latestHireStart()),
                    h.tooLate())).toList();
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("labels", w.stream().map(x -> x.weekStart().toString()).toList());
            chart.put("required", w.stream().map(x -> round1(x.requiredFte())).toList());
            chart.put("available", w.stream().map(x -> round1(x.availableFte())).toList());
            chart.put("gap", w.stream().map(x -> round1(x.gapFte())).toList());
            chart.put("promotions", w.stream().map(x -> x.promotions() == null || x.promotions().isEmpty() ? "" : String.join(", ", x.promotions())).toList());
            chartJson = json.writeValueAsString(chart);
        }
        return ctx.page(instance.data("weeks", weeks).data("hiring", hiring).data("chartJson", chartJson)
                .data("siteName", plan == null ? "" : siteNames.getOrDefault(plan.siteId(), "")), "nav_capacity");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: compute and store a capacity plan (the service of POST /api/capacity-plans)")
    public Response create(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @FormParam("siteId") String siteId,
                           @FormParam("weeks") String weeks, @FormParam("trainingLeadWeeks") String lead,
                           @FormParam("volumeFactor") String volumeFactor, @FormParam("attritionPerMonth") String attrition,
                           @FormParam("label") String label) {
        csrf.verify(csrfToken);
        ctx.require(Role.ADMIN, Role.PLANNER);
        try {
            Long site = siteId == null || siteId.isBlank() ? null : (long) integer("siteId", siteId);
            Double attritionShare = decimal("attritionPerMonth", attrition);
            PlanRequest request = new PlanRequest(site, null, integer("weeks", weeks), null, integer("trainingLeadWeeks", lead),
                    attritionShare == null ? null : attritionShare / 100.0, decimal("volumeFactor", volumeFactor), null, null, null, null,
                    label == null || label.isBlank() ? null : label.trim());
            Set<ConstraintViolation<PlanRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                ConstraintViolation<PlanRequest> v = violations.stream().min(Comparator.comparing(c -> c.getPropertyPath().toString())).get();
                String field = v.getPropertyPath().toString();
                throw ApiException.invalidField(field, v.getMessage() + ("attritionPerMonth".equals(field) ? " (as a share: the form's percent / 100)" : ""));
            }
            PlanView created = plans.create(request);
            return Response.seeOther(URI.create("/console/capacity?planId=" + created.id() + "&flash=created")).build();
        } catch (ApiException e) {
            return Response.seeOther(URI.create("/console/capacity?error=" + URLEncoder.encode(e.getMessage(), StandardCharsets.UTF_8))).build();
        }
    }

    private static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(field, "'" + value + "' is not a whole number");
        }
    }

    private static Double decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(field, "'" + value + "' is not a number");
        }
    }

    private static String fmt(double value, int decimals) {
        return String.format("%." + decimals + "f", value);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
