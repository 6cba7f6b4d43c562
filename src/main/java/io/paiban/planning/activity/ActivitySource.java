package io.paiban.planning.activity;

/** Where an activity row comes from: a recurring rule or the break placement (both rebuilt by planning), or booked by hand. */
public enum ActivitySource {
    RULE, PLACED, MANUAL
}
