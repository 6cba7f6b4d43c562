package io.paiban.floor.contract;

/** What a statement line is for. */
public enum LineKind {
    SERVICE_FEE, BASE_FEE, COMMISSION, EXTRA_FEE, PENALTY, PENALTY_CAP, DEPOSIT;

    /** The lines that make up a month's service fee, on which penalty percentages are taken. */
    public boolean isServiceFee() {
        return this == SERVICE_FEE || this == BASE_FEE || this == COMMISSION;
    }
}
