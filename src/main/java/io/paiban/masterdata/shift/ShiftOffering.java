package io.paiban.masterdata.shift;

/** When a template may be rostered: every day, or only inside the windows a site or a client enables. */
public enum ShiftOffering {
    STANDARD, WINDOWED
}
