package io.paiban.kernel;

/** In-house staff, or extra outsourced staff from the flex pool who work the days they offer at peaks. */
public enum EmploymentType {
    IN_HOUSE, FLEX_POOL
}
