package io.paiban.masterdata.shift;

import io.paiban.kernel.ShiftKind;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.persistence.UniqueKeys;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.masterdata.shift.ShiftTemplateDtos.BreakDto;
import io.paiban.masterdata.shift.ShiftTemplateDtos.ShiftTemplateRequest;
import io.paiban.masterdata.shift.ShiftTemplateDtos.ShiftTemplateView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class ShiftTemplateService extends VersionedCrudService<ShiftTemplate, ShiftTemplateRequest, ShiftTemplateView> {

    public ShiftTemplateService() {
        super(ShiftTemplate.class, "Shift template");
    }

    public List<ShiftTemplateView> list(Boolean active) {
        List<ShiftTemplate> templates = active == null
                ? ShiftTemplate.listAll(Sort.by("startTime").and("code"))
                : ShiftTemplate.list("active", Sort.by("startTime").and("code"), active);
        return templates.stream().map(ShiftTemplateView::of).toList();
    }

    @Override
    protected ShiftTemplateView view(ShiftTemplate entity) {
        return ShiftTemplateView.of(entity);
    }

    @Override
    protected void apply(ShiftTemplate template, ShiftTemplateRequest request) {
        UniqueKeys.require(ShiftTemplate.class, "code", request.code(), template.id, "Shift template code");
        int duration = ShiftTemplate.durationMinutes(request.startTime(), request.endTime());
        List<BreakDto> breaks = request.breaks() == null ? List.of() : request.breaks();
        List<Problem.InvalidParam> problems = new ArrayList<>(breakProblems(breaks, duration));
        int unpaid = breaks.stream().filter(b -> !b.paid()).mapToInt(BreakDto::durationMinutes).sum();
        int paidMinutes = request.paidMinutes() == null ? duration - unpaid : request.paidMinutes();
        if (paidMinutes > duration - unpaid) {
            problems.add(Problem.InvalidParam.field("paidMinutes",
                    "at most " + (duration - unpaid) + " (shift length " + duration + " minus unpaid breaks " + unpaid + ")"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        template.code = request.code();
        template.name = request.name();
        template.kind = request.kind();
        template.startTime = request.startTime();
        template.endTime = request.endTime();
        template.paidMinutes = paidMinutes;
        template.active = request.active() == null || request.active();
        template.offering = request.offering() != null ? request.offering()
                : request.kind() == ShiftKind.PEAK ? ShiftOffering.WINDOWED : ShiftOffering.STANDARD;
        template.breaks.clear();
        breaks.stream().sorted(Comparator.comparing(BreakDto::offsetMinutes)).map(BreakDto::toEntity).forEach(template.breaks::add);
    }

    private static List<Problem.InvalidParam> breakProblems(List<BreakDto> breaks, int duration) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        for (int i = 0; i < breaks.size(); i++) {
            BreakDto b = breaks.get(i);
            if (b.offsetMinutes() + b.durationMinutes() > duration) {
                problems.add(Problem.InvalidParam.field("breaks[" + i + "]", "ends after the shift (" + duration + " minutes long)"));
            }
            for (int j = 0; j < i; j++) {
                BreakDto other = breaks.get(j);
                if (b.offsetMinutes() < other.offsetMinutes() + other.durationMinutes()
                        && other.offsetMinutes() < b.offsetMinutes() + b.durationMinutes()) {
                    problems.add(Problem.InvalidParam.field("breaks[" + i + "]", "overlaps breaks[" + j + "]"));
                }
            }
        }
        return problems;
    }
}
