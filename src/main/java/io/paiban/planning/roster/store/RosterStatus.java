package io.paiban.planning.roster.store;

/** DRAFT: not published, or changed since its last publication; PUBLISHED: what agents see is the current roster. */
public enum RosterStatus {
    DRAFT, PUBLISHED
}
