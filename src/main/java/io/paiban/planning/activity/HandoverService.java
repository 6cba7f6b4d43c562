package io.paiban.planning.activity;

import io.paiban.kernel.ShiftKind;
import io.paiban.masterdata.site.Site;
import io.paiban.planning.activity.ActivityDtos.HandoverNoteRequest;
import io.paiban.planning.activity.ActivityDtos.HandoverNoteView;
import io.paiban.planning.activity.ActivityDtos.MissingNote;
import io.paiban.planning.roster.publication.PublishedDuties;
import io.paiban.planning.roster.publication.PublishedDuty;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.paiban.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Handover notes (owner of handover_note): the night shift writes one per site and night for the next day shift; an
 * agent may write it only when published on a night shift that date. Nights with a published night shift and no note
 * are listed as missing.
 */
@ApplicationScoped
public class HandoverService {

    @Inject
    AccessScope scope;

    @Inject
    PublishedDuties duties;

    /** Creates or replaces the note of the night (the last writer wins; the author is recorded). */
    @Transactional
    public HandoverNoteView write(HandoverNoteRequest request) {
        Site site = Site.findById(request.siteId());
        if (site == null) {
            throw ApiException.invalidField("siteId", "site " + request.siteId() + " does not exist");
        }
        scope.requireSite(site.id);
        Caller caller = scope.caller();
        Long agentId = null;
        if (caller.role() == io.paiban.security.Role.AGENT) {
            agentId = scope.ownAgentId();
            PublishedDuty duty = duties.ofAgentOn(agentId, request.date()).orElse(null);
            if (duty == null || !duty.working() || !isNight(duty)) {
                throw ApiException.invalidField("date", "you are not published on a night shift on " + request.date());
            }
        }
        HandoverNote note = HandoverNote.<HandoverNote>find("siteId = ?1 and workDate = ?2", site.id, request.date()).firstResult();
        if (note == null) {
            note = new HandoverNote();
            note.siteId = site.id;
            note.workDate = request.date();
        }
        note.agentId = agentId;
        note.author = scope.actor();
        note.body = request.body();
        note.persistAndFlush();
        return HandoverNoteView.of(note);
    }

    /** The notes of the site in [from, to]: what the day shift reads (the note of night d is read on day d+1). */
    public List<HandoverNoteView> list(long siteId, LocalDate from, LocalDate to) {
        scope.requireSite(siteId);
        return HandoverNote.<HandoverNote>list("siteId = ?1 and workDate >= ?2 and workDate <= ?3", Sort.by("workDate"), siteId, from, to)
                .stream().map(HandoverNoteView::of).toList();
    }

    /** Nights in [from, to] with a published night shift at the site and no handover note. */
    public List<MissingNote> missing(long siteId, LocalDate from, LocalDate to) {
        scope.requireSite(siteId);
        Set<LocalDate> written = HandoverNote.<HandoverNote>list("siteId = ?1 and workDate >= ?2 and workDate <= ?3", siteId, from, to)
                .stream().map(n -> n.workDate).collect(Collectors.toSet());
        Map<LocalDate, List<Long>> nights = new TreeMap<>();
        for (PublishedDuty d : duties.shiftsOfSite(siteId, from, to)) {
            if (isNight(d) && !written.contains(d.workDate())) {
                nights.computeIfAbsent(d.workDate(), k -> new java.util.ArrayList<>()).add(d.agentId());
            }
        }
        return nights.entrySet().stream().map(e -> new MissingNote(e.getKey(), e.getValue())).toList();
    }

    private static boolean isNight(PublishedDuty d) {
        ShiftTemplate t = ShiftTemplate.findById(d.templateId());
        return t != null && t.kind == ShiftKind.NIGHT;
    }
}
