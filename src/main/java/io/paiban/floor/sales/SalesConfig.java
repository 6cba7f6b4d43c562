package io.paiban.floor.sales;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** Commission and unpaid-order follow-up settings, under {@code paiban.sales} (docs/sales.md). */
@ConfigMapping(prefix = "paiban.sales")
public interface SalesConfig {

    /**
     * Commission per agent as a share of the amount of the orders tagged with the agent. Seed 004 says only that each sale
     * is tagged so commission can be computed, with no rate: 1 % is the assumed default.
     */
    @WithDefault("0.01")
    BigDecimal commissionRate();

    /** SOLD: every tagged order sold in the month earns commission; PAID: only those with a payment time. */
    @WithDefault("SOLD")
    CommissionBasis commissionBasis();

    /** An order with no payment this many hours after it was placed becomes a follow-up task (DOMAIN.md: 12 hours). */
    @WithDefault("12")
    int followUpHours();

    /** Orders placed longer ago than this are not followed up any more (a first run on old data does not flood the queues). */
    @WithDefault("7")
    int followUpLookbackDays();

    /** When the follow-up job looks for unpaid orders (Quarkus cron; "off" disables it, as in tests). */
    @WithDefault("0 */15 * * * ?")
    String followUpCron();

    enum CommissionBasis { SOLD, PAID }
}
