package io.paiban.floor.contract;

public enum FeeRecurrence {
    /** charged every month of the contract */
    MONTHLY,
    /** charged once, in the month of its date */
    ONE_OFF
}
