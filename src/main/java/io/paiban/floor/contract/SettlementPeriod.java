package io.paiban.floor.contract;

/** How often a statement is issued. */
public enum SettlementPeriod {
    MONTHLY, QUARTERLY
}
