package io.paiban.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** The service's root opens the console (the REST API stays under /api). */
@Path("/")
@Tag(name = "Console")
public class RootResource {

    @GET
    @PermitAll
    @Operation(summary = "Forwards to the console")
    public Response root() {
        return Response.seeOther(URI.create("/console")).build();
    }
}
