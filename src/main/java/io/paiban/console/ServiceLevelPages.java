package io.paiban.console;

import io.paiban.floor.contract.compliance.ComplianceDtos.ComplianceView;
import io.paiban.floor.contract.compliance.ComplianceService;
import io.paiban.floor.contract.settlement.SettlementDtos.StatementView;
import io.paiban.floor.contract.settlement.SettlementService;
import io.paiban.masterdata.client.Client;
import io.paiban.security.AccessScope;
import io.paiban.security.Role;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Service level and contracts: the month's compliance per client standard with penalties, and the client's
 * settlement statements with their versions and CSV. Client viewers see their own client only (AccessScope).
 */
@Path("/console/service-level")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class ServiceLevelPages {

    @Inject
    ConsoleContext ctx;

    @Inject
    AccessScope scope;

    @Inject
    ComplianceService compliance;

    @Inject
    SettlementService statements;

    @Inject
    @Location("console/service-level")
    Template page;

    @GET
    @Operation(summary = "Console: monthly compliance and statements of a visible client")
    public TemplateInstance show(@QueryParam("clientId") Long clientId, @QueryParam("month") String month) {
        ctx.require(Role.ADMIN, Role.PLANNER, Role.SUPERVISOR, Role.CLIENT_VIEWER);
        List<Client> clients = Client.<Client>listAll().stream().filter(c -> scope.canSeeClient(c.id))
                .sorted(Comparator.comparing(c -> c.code)).toList();
        Long chosen = clientId != null ? clientId : clients.isEmpty() ? null : clients.get(0).id;
        if (chosen != null && !scope.canSeeClient(chosen)) {
            throw new ConsoleRefused();
        }
        YearMonth ym;
        try {
            ym = month == null || month.isBlank() ? YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1) : YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            ym = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        }
        ComplianceView view = chosen == null ? null : compliance.compliance(chosen, ym);
        boolean readsStatements = ctx.isOneOf(Role.ADMIN, Role.PLANNER, Role.CLIENT_VIEWER);
        List<StatementView> list = chosen != null && readsStatements ? statements.list(chosen, null) : List.of();
        return ctx.page(page.data("clients", clients).data("clientId", chosen).data("month", ym.toString())
                .data("compliance", view).data("statements", list).data("readsStatements", readsStatements), "nav_service_level");
    }
}
