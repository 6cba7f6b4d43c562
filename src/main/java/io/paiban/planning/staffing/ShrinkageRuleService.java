package io.paiban.planning.staffing;

import io.paiban.platform.PaibanConfig;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.staffing.ShrinkageDtos.ShrinkageRuleRequest;
import io.paiban.planning.staffing.ShrinkageDtos.ShrinkageRuleView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;

@ApplicationScoped
public class ShrinkageRuleService extends VersionedCrudService<ShrinkageRule, ShrinkageRuleRequest, ShrinkageRuleView> {

    public ShrinkageRuleService() {
        super(ShrinkageRule.class, "Shrinkage rule");
    }

    @Inject
    PaibanConfig config;

    public List<ShrinkageRuleView> list(Long queueId) {
        List<ShrinkageRule> rules = queueId == null
                ? ShrinkageRule.listAll(Sort.by("id"))
                : ShrinkageRule.list("queueId is null or queueId = ?1", Sort.by("id"), queueId);
        return rules.stream().map(ShrinkageRuleView::of).toList();
    }

    public ShrinkagePolicy policy() {
        return new ShrinkagePolicy(ShrinkageRule.listAll(), config.staffing().defaultShrinkage());
    }

    @Override
    protected ShrinkageRuleView view(ShrinkageRule entity) {
        return ShrinkageRuleView.of(entity);
    }

    @Override
    protected void apply(ShrinkageRule rule, ShrinkageRuleRequest request) {
        if (request.appliesOn() != null && request.dayOfWeek() != null) {
            throw ApiException.invalidField("dayOfWeek", "give either appliesOn or dayOfWeek, not both");
        }
        if (request.queueId() != null && ServiceQueue.findById(request.queueId()) == null) {
            throw ApiException.invalidField("queueId", "queue " + request.queueId() + " does not exist");
        }
        rule.queueId = request.queueId();
        rule.appliesOn = request.appliesOn();
        rule.dayOfWeek = request.dayOfWeek();
        rule.breaks = orZero(request.breaks());
        rule.meetings = orZero(request.meetings());
        rule.training = orZero(request.training());
        rule.absence = orZero(request.absence());
        rule.other = orZero(request.other());
        rule.notes = request.notes();
        if (rule.total() >= 0.95) {
            throw ApiException.invalidField("total", "breaks + meetings + training + absence + other must stay below 0.95, was " + rule.total());
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
