package io.paiban.console;

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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * The console's frame: the start page by role, sign-in and sign-out, the language switch and the refusal
 * page. Sign-in posts to Quarkus form authentication (/j_security_check), which checks the password once
 * and sets the session cookie.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Console", description = "Server-rendered web console (docs/console.md); not part of the REST API")
public class ConsoleResource {

    @Inject
    ConsoleContext ctx;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    @Location("console/sign-in")
    Template signIn;

    @Inject
    @Location("console/client")
    Template client;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "paiban-session")
    String sessionCookie;

    @GET
    @PermitAll
    @Operation(summary = "Console start page: forwards to the caller's first page")
    public Response home() {
        Role role = ctx.caller().role();
        String target = switch (role) {
            case AGENT -> "/console/me";
            case CLIENT_VIEWER -> "/console/service-level";
            case SUPERVISOR -> "/console/today";
            default -> "/console/rosters";
        };
        return Response.seeOther(URI.create(target)).build();
    }

    @GET
    @Path("/sign-in")
    @PermitAll
    @Operation(summary = "Sign-in page")
    public TemplateInstance signIn(@QueryParam("error") boolean error) {
        return ctx.anonymousPage(signIn.data("error", error));
    }

    @POST
    @Path("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    @Operation(summary = "Sign out: drops the session cookie")
    public Response signOut(@FormParam(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(csrfToken);
        NewCookie gone = new NewCookie.Builder(sessionCookie).path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/console/sign-in")).cookie(gone).build();
    }

    @GET
    @Path("/lang/{code}")
    @PermitAll
    @Operation(summary = "Switch the console language (zh or en); remembered in a cookie")
    public Response language(@PathParam("code") String code, @QueryParam("back") String back) {
        String value = "en".equals(code) ? "en" : "zh";
        NewCookie cookie = new NewCookie.Builder(ConsoleContext.LANG_COOKIE).path("/").value(value)
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        String target = back != null && back.startsWith("/console") && !back.startsWith("//") ? back : "/console";
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }

    @GET
    @Path("/client")
    @PermitAll
    @Operation(summary = "Client viewer's start page")
    public TemplateInstance clientHome() {
        ctx.require(Role.CLIENT_VIEWER, Role.ADMIN);
        return ctx.page(client.instance(), "");
    }
}
