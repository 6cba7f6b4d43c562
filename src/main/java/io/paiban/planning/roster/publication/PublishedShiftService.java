package io.paiban.planning.roster.publication;

import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.store.AssignmentViews;
import io.paiban.planning.roster.store.ChangeReason;
import io.paiban.planning.roster.store.RosterChange;
import io.paiban.planning.roster.store.RosterViews.BreakView;
import io.paiban.planning.roster.store.RosterViews.DutyView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an agent was told, for the agent's own views: each published day from {@link PublishedDuties} (where two
 * published rosters cover a day, the later publication wins), with its queue's names and its logged changes.
 */
@ApplicationScoped
public class PublishedShiftService {

    @Inject
    PublishedDuties duties;

    @Schema(name = "PublishedShift", description = "One published agent-day. Local times are in the site zone (zone); a shift "
            + "belongs to the day it starts and may end the next day. changes lists every logged change of this day.")
    public record PublishedShift(long rosterId, int publicationNo, Instant publishedAt, LocalDate date, boolean working,
                                 String shiftTemplateCode, String shiftName, Long queueId, String queueCode, String queueName,
                                 String zone, LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt,
                                 Integer paidMinutes, List<BreakView> breaks, List<DayChange> changes) {
    }

    @Schema(name = "ShiftChange", description = "A logged change of a published day: before and after (null code = day off)")
    public record DayChange(ChangeReason reason, DutyView before, DutyView after, String note, Instant changedAt) {
    }

    private record RosterDay(long rosterId, LocalDate date) {
    }

    public List<PublishedShift> forAgent(long agentId, LocalDate from, LocalDate to) {
        List<PublishedDuty> days = duties.forAgent(agentId, from, to);
        if (days.isEmpty()) {
            return List.of();
        }
        Map<RosterDay, List<RosterChange>> changes = RosterChange.<RosterChange>list("agentId = ?1 and workDate >= ?2 and workDate <= ?3",
                        Sort.by("changedAt").and("id"), agentId, from, to).stream()
                .collect(Collectors.groupingBy(c -> new RosterDay(c.rosterId, c.workDate)));
        AssignmentViews.Lookup lookup = new AssignmentViews.Lookup();
        return days.stream().map(d -> shift(d, lookup, changes.getOrDefault(new RosterDay(d.rosterId(), d.workDate()), List.of()))).toList();
    }

    private static PublishedShift shift(PublishedDuty duty, AssignmentViews.Lookup lookup, List<RosterChange> changes) {
        List<DayChange> dayChanges = changes.stream()
                .map(c -> new DayChange(c.reason, AssignmentViews.dutyOrOff(lookup, c.beforeTemplateId, c.beforeQueueId),
                        AssignmentViews.dutyOrOff(lookup, c.afterTemplateId, c.afterQueueId), c.note, c.changedAt))
                .toList();
        if (!duty.working()) {
            return new PublishedShift(duty.rosterId(), duty.publicationNo(), duty.publishedAt(), duty.workDate(), false, null, null, null,
                    null, null, duty.zone().getId(), null, null, null, null, null, List.of(), dayChanges);
        }
        ServiceQueue q = lookup.queue(duty.queueId());
        List<BreakView> breaks = duty.breaks().stream()
                .map(b -> new BreakView(b.start().toLocalDateTime(), b.end().toLocalDateTime(), b.paid(), b.kind())).toList();
        return new PublishedShift(duty.rosterId(), duty.publicationNo(), duty.publishedAt(), duty.workDate(), true, duty.templateCode(),
                duty.templateName(), duty.queueId(), q == null ? null : q.code, q == null ? null : q.name, duty.zone().getId(),
                duty.start().toLocalDateTime(), duty.end().toLocalDateTime(), duty.startsAt(), duty.endsAt(), duty.paidMinutes(), breaks,
                dayChanges);
    }
}
