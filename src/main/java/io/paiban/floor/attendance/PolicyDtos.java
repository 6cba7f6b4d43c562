package io.paiban.floor.attendance;

import io.paiban.floor.attendance.rules.AttendancePolicy;
import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

public final class PolicyDtos {

    private PolicyDtos() {
    }

    @Schema(name = "AttendancePolicyRequest", description = "Rules of one site or one client (give exactly one of siteId, clientId). "
            + "Any rule left out takes the default from DOMAIN.md.")
    public record PolicyRequest(
            Long siteId,
            Long clientId,
            @Min(0) @Max(600) @Schema(description = "Late/early up to this many minutes: minor tier", example = "10") Integer minorLateMaxMinutes,
            @DecimalMin("0") @Digits(integer = 6, fraction = 2) @Schema(example = "10") BigDecimal minorLateFine,
            @Min(0) @Max(600) @Schema(description = "Up to this: major tier; beyond: one absence", example = "30") Integer majorLateMaxMinutes,
            @DecimalMin("0") @Digits(integer = 6, fraction = 2) @Schema(example = "20") BigDecimal majorLateFine,
            @Min(0) @Max(600) @Schema(description = "Away longer than this must be reported", example = "10") Integer awayReportMinutes,
            @Min(0) @Max(600) @Schema(description = "Away longer than this without approved leave: absence", example = "30") Integer awayAbsenceMinutes,
            @Min(0) @Max(60) @Schema(description = "Personal leave must be recorded this many days ahead", example = "1") Integer leaveNoticeDays,
            @Min(0) @Max(31) @Schema(description = "Fined late/early leaves per month that forfeit the bonus and add one absence (0: rule off)", example = "3") Integer latesPerAbsence,
            @Min(1) @Max(31) @Schema(example = "1") Integer absencesForfeitingBonus,
            @Min(1) @Max(31) @Schema(example = "2") Integer absencesForDismissal,
            @DecimalMin("0") @Digits(integer = 6, fraction = 2) @Schema(example = "50") BigDecimal firstComplaintFine,
            @DecimalMin("0") @Digits(integer = 6, fraction = 2) @Schema(example = "100") BigDecimal repeatComplaintFine,
            @Min(1) @Max(31) @Schema(example = "3") Integer complaintsForDismissal,
            @DecimalMin("0") @Digits(integer = 6, fraction = 2) @Schema(description = "Monthly full-attendance bonus, yuan", example = "200") BigDecimal fullAttendanceBonus,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {

        AttendancePolicy rules() {
            AttendancePolicy d = AttendancePolicy.DEFAULTS;
            return new AttendancePolicy(or(minorLateMaxMinutes, d.minorLateMaxMinutes()), or(minorLateFine, d.minorLateFine()),
                    or(majorLateMaxMinutes, d.majorLateMaxMinutes()), or(majorLateFine, d.majorLateFine()),
                    or(awayReportMinutes, d.awayReportMinutes()), or(awayAbsenceMinutes, d.awayAbsenceMinutes()),
                    or(leaveNoticeDays, d.leaveNoticeDays()), or(latesPerAbsence, d.latesPerAbsence()),
                    or(absencesForfeitingBonus, d.absencesForfeitingBonus()), or(absencesForDismissal, d.absencesForDismissal()),
                    or(firstComplaintFine, d.firstComplaintFine()), or(repeatComplaintFine, d.repeatComplaintFine()),
                    or(complaintsForDismissal, d.complaintsForDismissal()), or(fullAttendanceBonus, d.fullAttendanceBonus()));
        }

        private static <T> T or(T value, T fallback) {
            return value != null ? value : fallback;
        }
    }

    @Schema(name = "AttendancePolicy")
    public record PolicyView(Long id, Long siteId, Long clientId, int minorLateMaxMinutes, BigDecimal minorLateFine,
                             int majorLateMaxMinutes, BigDecimal majorLateFine, int awayReportMinutes, int awayAbsenceMinutes,
                             int leaveNoticeDays, int latesPerAbsence, int absencesForfeitingBonus, int absencesForDismissal,
                             BigDecimal firstComplaintFine, BigDecimal repeatComplaintFine, int complaintsForDismissal,
                             BigDecimal fullAttendanceBonus, Long version, Instant createdAt, Instant updatedAt) {

        static PolicyView of(Long id, Long siteId, Long clientId, AttendancePolicy p, Long version, Instant createdAt, Instant updatedAt) {
            return new PolicyView(id, siteId, clientId, p.minorLateMaxMinutes(), p.minorLateFine(), p.majorLateMaxMinutes(),
                    p.majorLateFine(), p.awayReportMinutes(), p.awayAbsenceMinutes(), p.leaveNoticeDays(), p.latesPerAbsence(),
                    p.absencesForfeitingBonus(), p.absencesForDismissal(), p.firstComplaintFine(), p.repeatComplaintFine(),
                    p.complaintsForDismissal(), p.fullAttendanceBonus(), version, createdAt, updatedAt);
        }

        static PolicyView of(PolicySetting s) {
            return of(s.id, s.siteId, s.clientId, s.toRules(), s.version, s.createdAt, s.updatedAt);
        }

        /** The built-in defaults: no id, no scope. */
        static PolicyView defaults() {
            return of(null, null, null, AttendancePolicy.DEFAULTS, null, null, null);
        }
    }
}
