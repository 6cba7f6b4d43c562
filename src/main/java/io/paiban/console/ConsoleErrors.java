package io.paiban.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/** How console pages refuse: the refusal page (403) with no data, 400 for a bad CSRF token, sign-in for anonymous visitors. */
public class ConsoleErrors {

    @Inject
    ConsoleContext ctx;

    @Inject
    @Location("console/refused")
    Template refused;

    @ServerExceptionMapper
    public Response refused(ConsoleRefused refusal) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(ctx.page(refused.data("csrf", false), "").render()).build();
    }

    @ServerExceptionMapper
    public Response csrf(ConsoleCsrfRefused refusal) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                .entity(ctx.anonymousPage(refused.data("csrf", true)).render()).build();
    }

    @ServerExceptionMapper
    public Response signIn(ConsoleSignInRequired anonymous) {
        return Response.seeOther(URI.create("/console/sign-in")).build();
    }
}
