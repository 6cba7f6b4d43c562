package io.paiban.planning.staffing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Picks the shrinkage of a queue on a date: the most specific rule, else the configured default. */
public final class ShrinkagePolicy {

    private final List<ShrinkageRule> rules;
    private final double defaultShrinkage;

    public ShrinkagePolicy(List<ShrinkageRule> rules, double defaultShrinkage) {
        this.rules = List.copyOf(rules);
        this.defaultShrinkage = defaultShrinkage;
    }

    public double shrinkage(long queueId, LocalDate date) {
        return rules.stream()
                .filter(rule -> rule.appliesTo(queueId, date))
                .max(Comparator.comparingInt(ShrinkageRule::specificity).thenComparing(rule -> rule.id))
                .map(ShrinkageRule::total)
                .orElse(defaultShrinkage);
    }
}
