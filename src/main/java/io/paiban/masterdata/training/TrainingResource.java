package io.paiban.masterdata.training;

import io.paiban.masterdata.training.TrainingDtos.CompletionRequest;
import io.paiban.masterdata.training.TrainingDtos.TrainingCourseRequest;
import io.paiban.masterdata.training.TrainingDtos.TrainingCourseView;
import io.paiban.masterdata.training.TrainingDtos.TrainingStatus;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/training-courses")
@Tag(name = "Training", description = "Product training before sale: queues, deadline, completions; untrained agents lose the queues")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class TrainingResource {

    @Inject
    TrainingService training;

    @GET
    @Operation(summary = "List training courses by deadline")
    public List<TrainingCourseView> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return training.list(from, to);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one course")
    @APIResponse(responseCode = "404", description = "No such course")
    public TrainingCourseView get(@PathParam("id") long id) {
        return training.get(id);
    }

    @POST
    @Operation(summary = "Create a training course (queues, deadline, minutes)")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid TrainingCourseRequest request) {
        TrainingCourseView created = training.create(request);
        return Response.created(URI.create("/api/training-courses/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a course", description = "Send the version you read; a stale version gives 409.")
    public TrainingCourseView update(@PathParam("id") long id, @NotNull @Valid TrainingCourseRequest request) {
        return training.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Delete a course (its completions go with it)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        training.delete(id);
    }

    @POST
    @Path("/{id}/completions")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Record that an agent completed the course (idempotent; an earlier date replaces a later one)")
    @APIResponse(responseCode = "204", description = "Recorded")
    public void complete(@PathParam("id") long id, @NotNull @Valid CompletionRequest request) {
        training.recordCompletion(id, request, null);
    }

    @GET
    @Path("/{id}/status")
    @Operation(summary = "Agents certified on the course's queues: trained in time, or the queues they lose from the deadline")
    public List<TrainingStatus> status(@PathParam("id") long id) {
        return training.status(id);
    }
}
