package io.paiban.contract;

/** How often a statement is issued. */
public enum SettlementPeriod {
    MONTHLY, QUARTERLY
}
