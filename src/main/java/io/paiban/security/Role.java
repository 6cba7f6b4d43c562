package io.paiban.security;

/** The roles a user can hold; one per user. Annotations use the {@link Roles} string constants. */
public enum Role {
    ADMIN,
    SUPERVISOR,
    PLANNER,
    AGENT,
    CLIENT_VIEWER
}
