package io.paiban.floor.attendance.assessment;

import io.paiban.floor.attendance.assessment.AwardsService.AwardsView;
import io.paiban.floor.attendance.assessment.AwardsService.MentorshipRequest;
import io.paiban.floor.attendance.assessment.AwardsService.MentorshipView;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/attendance")
@Tag(name = "Awards", description = "Best employee (300/200/100), most improved (100), mentor awards (150/100/50), level ladder")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class AwardsResource {

    @Inject
    AwardsService awards;

    @POST
    @Path("/mentorships")
    @Operation(summary = "Record a new hire's mentor, start date and (when reached) the date the trainee reached target")
    public MentorshipView mentor(@NotNull @Valid MentorshipRequest request) {
        return awards.mentor(request);
    }

    @GET
    @Path("/awards")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
    @Operation(summary = "Awards paid for a site's month (needs the month's assessment for ranking awards) and promotion candidates")
    public AwardsView list(@NotNull @QueryParam("siteId") Long siteId, @NotNull @QueryParam("month") String month) {
        return awards.awards(siteId, io.paiban.floor.attendance.Months.parse("month", month));
    }
}
