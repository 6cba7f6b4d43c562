package io.paiban.planning.roster.inputs;

import io.paiban.kernel.AbsenceKind;

import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/** Roster inputs that are not master data: absences, flex offers, wishes, weights. */
public final class RosterInputDtos {

    private RosterInputDtos() {
    }

    @Schema(name = "AbsenceRequest", description = "Whole site-local days (firstDate..lastDate) or an instant range (startsAt..endsAt), not both")
    public record AbsenceRequest(
            @NotNull Long agentId,
            @NotNull AbsenceKind kind,
            LocalDate firstDate,
            @Schema(description = "Inclusive; default firstDate") LocalDate lastDate,
            Instant startsAt,
            Instant endsAt,
            @Schema(description = "Only approved absences bind the roster; default true (entered by a supervisor)") Boolean approved,
            @Size(max = 500) String note,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "Absence")
    public record AbsenceView(Long id, Long agentId, AbsenceKind kind, LocalDate firstDate, LocalDate lastDate, Instant startsAt,
                              Instant endsAt, boolean approved, String note, long version, Instant createdAt, Instant updatedAt) {
        static AbsenceView of(AgentAbsence a) {
            return new AbsenceView(a.id, a.agentId, a.kind, a.firstDate, a.lastDate, a.startsAt, a.endsAt, a.approved, a.note,
                    a.version, a.createdAt, a.updatedAt);
        }
    }

    @Schema(name = "FlexOfferRequest")
    public record FlexOfferRequest(@NotNull Long agentId, @NotNull @Schema(description = "Site-local date offered") LocalDate date) {
    }

    @Schema(name = "FlexOffer")
    public record FlexOfferView(Long id, Long agentId, LocalDate date, Instant createdAt) {
        static FlexOfferView of(FlexOffer o) {
            return new FlexOfferView(o.id, o.agentId, o.offerDate, o.createdAt);
        }
    }

    @Schema(name = "AgentPreferenceRequest", description = "A date, a weekday or neither (every day); a template or none (working at all)")
    public record PreferenceRequest(
            @NotNull Long agentId,
            LocalDate date,
            DayOfWeek dayOfWeek,
            @Size(max = 40) @Schema(description = "Shift template code; none = working at all (UNDESIRED without one = wants the day off)") String shiftTemplateCode,
            @NotNull PreferenceKind kind,
            @Min(1) @Max(10) @Schema(description = "How much it matters, 1-10 (default 1)") Integer weight,
            Long version) implements VersionedRequest {
    }

    @Schema(name = "AgentPreference")
    public record PreferenceView(Long id, Long agentId, LocalDate date, DayOfWeek dayOfWeek, String shiftTemplateCode,
                                 PreferenceKind kind, int weight, long version) {
    }

    @Schema(name = "RosterWeightRequest", description = "A weight for a site or a client (exactly one), on the constraint's level")
    public record WeightRequest(
            Long siteId,
            Long clientId,
            @NotBlank @Size(max = 100) @Schema(example = "Fair spread of night shifts") String constraintName,
            @NotNull @PositiveOrZero @Max(1_000_000_000L) @Schema(description = "0 switches the goal off", example = "5000") Long weight,
            Long version) implements VersionedRequest {
    }

    @Schema(name = "RosterWeight")
    public record WeightView(Long id, Long siteId, Long clientId, String constraintName, RosterWeights.Level level, long weight,
                             long defaultWeight, long version) {
    }
}
