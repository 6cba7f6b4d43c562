package io.paiban.platform.error;

/** The kinds of problem the API reports; each has a stable type URI slug. */
public enum ProblemKind {
    VALIDATION(400, "validation-error", "Request is invalid"),
    MALFORMED(400, "malformed-request", "Request body cannot be read"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed for this account"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    CONFLICT(409, "conflict", "Request conflicts with the current state"),
    STALE_VERSION(409, "stale-version", "Resource was changed by someone else"),
    UNPROCESSABLE(422, "unprocessable", "Request cannot be carried out"),
    TOO_MANY_SIGN_INS(429, "too-many-sign-ins", "Too many failed sign-ins"),
    UNAVAILABLE(503, "service-unavailable", "Service temporarily unavailable"),
    HTTP(0, "http-error", "HTTP error"),
    INTERNAL(500, "internal-error", "Internal server error");

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
