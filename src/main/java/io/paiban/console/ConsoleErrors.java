package io.paiban.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A console page the caller may not see answers with the refusal page (403) and nothing else. */
public class ConsoleErrors {

    @Inject
    ConsoleContext ctx;

    @Inject
    @Location("console/refused")
    Template refused;

    @ServerExceptionMapper
    public Response refused(ConsoleRefused refusal) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(ctx.page(refused.instance(), "").render()).build();
    }
}
