package io.paiban.planning.capacity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Defaults of capacity plans (prefix paiban.capacity); docs/capacity.md. */
@ConfigMapping(prefix = "paiban.capacity")
public interface CapacityConfig {

    /** Paid hours of one FTE per week: six days on, one off, eight paid hours a day (做六休一). */
    @WithDefault("48")
    double standardWeekHours();

    /** Paid hours of one shift: nobody works more than one a day, which bounds what a peak day can get. */
    @WithDefault("8")
    double standardDayHours();

    @WithDefault("3")
    int trainingLeadWeeks();

    /** Share of in-house agents who leave per month. */
    @WithDefault("0.03")
    double attritionPerMonth();
}
