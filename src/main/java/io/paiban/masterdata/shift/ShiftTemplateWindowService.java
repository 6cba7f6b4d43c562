package io.paiban.masterdata.shift;

import io.paiban.masterdata.client.Client;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.persistence.Filter;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.masterdata.shift.ShiftTemplateWindowDtos.ShiftTemplateWindowRequest;
import io.paiban.masterdata.shift.ShiftTemplateWindowDtos.ShiftTemplateWindowView;
import io.paiban.masterdata.site.Site;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The date windows in which WINDOWED templates may be rostered (owner of table shift_template_window). */
@ApplicationScoped
public class ShiftTemplateWindowService extends VersionedCrudService<ShiftTemplateWindow, ShiftTemplateWindowRequest, ShiftTemplateWindowView> {

    /** Longest window: a peak season, not a way to make a peak template standard. */
    static final int MAX_DAYS = 92;

    public ShiftTemplateWindowService() {
        super(ShiftTemplateWindow.class, "Shift template window");
    }

    public List<ShiftTemplateWindowView> list(Long templateId, Long siteId, Long clientId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField("to", "is before from");
        }
        Filter f = new Filter().eq("templateId", templateId).eq("siteId", siteId).eq("clientId", clientId)
                .atLeast("lastDate", from).atMost("firstDate", to);
        Map<Long, String> codes = new HashMap<>();
        return ShiftTemplateWindow.<ShiftTemplateWindow>list(f.query(), Sort.by("firstDate").and("id"), f.params()).stream()
                .map(w -> ShiftTemplateWindowView.of(w, codes.computeIfAbsent(w.templateId, this::code))).toList();
    }

    /**
     * The dates in [first, last] on which each WINDOWED template is enabled for a site (its own windows and those of
     * the given clients, the clients served on the site). Templates without a window in the range are absent.
     */
    public Map<Long, Set<LocalDate>> enabledDates(long siteId, Set<Long> clientIds, LocalDate first, LocalDate last) {
        Map<Long, Set<LocalDate>> dates = new HashMap<>();
        List<ShiftTemplateWindow> windows = ShiftTemplateWindow.list("firstDate <= ?1 and lastDate >= ?2", last, first);
        for (ShiftTemplateWindow w : windows) {
            if ((w.siteId != null && w.siteId == siteId) || (w.clientId != null && clientIds.contains(w.clientId))) {
                Set<LocalDate> set = dates.computeIfAbsent(w.templateId, k -> new HashSet<>());
                for (LocalDate d = w.firstDate.isBefore(first) ? first : w.firstDate; !d.isAfter(last) && !d.isAfter(w.lastDate); d = d.plusDays(1)) {
                    set.add(d);
                }
            }
        }
        return dates;
    }

    @Override
    protected ShiftTemplateWindowView view(ShiftTemplateWindow entity) {
        return ShiftTemplateWindowView.of(entity, code(entity.templateId));
    }

    private String code(Long templateId) {
        ShiftTemplate t = ShiftTemplate.findById(templateId);
        return t == null ? null : t.code;
    }

    @Override
    protected void apply(ShiftTemplateWindow window, ShiftTemplateWindowRequest request) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        ShiftTemplate template = ShiftTemplate.findById(request.templateId());
        if (template == null) {
            problems.add(Problem.InvalidParam.field("templateId", "shift template " + request.templateId() + " does not exist"));
        } else if (template.offering != ShiftOffering.WINDOWED) {
            problems.add(Problem.InvalidParam.field("templateId", "template " + template.code
                    + " is STANDARD (offered every day); set its offering to WINDOWED first"));
        }
        if ((request.siteId() == null) == (request.clientId() == null)) {
            problems.add(Problem.InvalidParam.field("siteId", "give exactly one of siteId and clientId"));
        } else if (request.siteId() != null && Site.findById(request.siteId()) == null) {
            problems.add(Problem.InvalidParam.field("siteId", "site " + request.siteId() + " does not exist"));
        } else if (request.clientId() != null && Client.findById(request.clientId()) == null) {
            problems.add(Problem.InvalidParam.field("clientId", "client " + request.clientId() + " does not exist"));
        }
        if (request.lastDate().isBefore(request.firstDate())) {
            problems.add(Problem.InvalidParam.field("lastDate", "is before firstDate"));
        } else if (ChronoUnit.DAYS.between(request.firstDate(), request.lastDate()) + 1 > MAX_DAYS) {
            problems.add(Problem.InvalidParam.field("lastDate", "a window spans at most " + MAX_DAYS + " days"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        window.templateId = request.templateId();
        window.siteId = request.siteId();
        window.clientId = request.clientId();
        window.firstDate = request.firstDate();
        window.lastDate = request.lastDate();
        window.note = request.note();
    }
}
