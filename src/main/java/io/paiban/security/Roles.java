package io.paiban.security;

/** Role names as used in {@code @RolesAllowed}; see docs/security.md for what each may do. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String PLANNER = "PLANNER";
    public static final String AGENT = "AGENT";
    public static final String CLIENT_VIEWER = "CLIENT_VIEWER";
    /**
     * Not an account role: the only role of a demo account signed in on a non-loopback address before it changed
     * its published password. It may read /api/me and change the password, nothing else.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private Roles() {
    }
}
