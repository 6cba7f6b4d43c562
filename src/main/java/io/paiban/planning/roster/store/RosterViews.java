package io.paiban.planning.roster.store;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Views of agent-days and logged changes, shared by the roster, its publication and agents' self-service. */
public final class RosterViews {

    private RosterViews() {
    }

    @Schema(name = "Break", description = "A break in site-local time")
    public record BreakView(LocalDateTime start, LocalDateTime end, boolean paid,
                            @Schema(description = "BREAK for a template break; the activity kind once the roster's activities are planned")
                            io.paiban.kernel.ActivityKind kind) {
        public BreakView(LocalDateTime start, LocalDateTime end, boolean paid) {
            this(start, end, paid, io.paiban.kernel.ActivityKind.BREAK);
        }
    }

    @Schema(name = "Duty", description = "A shift on a queue; null template = day off")
    public record DutyView(String shiftTemplateCode, Long queueId, String queueCode) {
    }

    @Schema(name = "Assignment", description = "One agent on one day: a shift on a queue or a day off. Local times are in the "
            + "site zone; a shift belongs to the day it starts and may end the next day.")
    public record AssignmentView(long agentId, String employeeNo, String agentName, LocalDate date, boolean working,
                                 String shiftTemplateCode, Long queueId, String queueCode,
                                 LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt, Integer paidMinutes,
                                 List<BreakView> breaks, boolean pinned, AssignmentSource source,
                                 @Schema(description = "What the published roster says (what agents see); null if never published")
                                 DutyView published,
                                 boolean changedSincePublication) {
    }

    @Schema(name = "RosterChange")
    public record ChangeView(Long id, long agentId, String employeeNo, LocalDate date, DutyView before, DutyView after,
                             ChangeReason reason, String note, String actor, Instant changedAt) {
    }
}
