package io.paiban.security;

/** Role names as used in {@code @RolesAllowed}; see docs/security.md for what each may do. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String PLANNER = "PLANNER";
    public static final String AGENT = "AGENT";
    public static final String CLIENT_VIEWER = "CLIENT_VIEWER";

    private Roles() {
    }
}
