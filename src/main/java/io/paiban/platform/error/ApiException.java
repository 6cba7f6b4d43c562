package io.paiban.platform.error;

import java.util.List;

/** A failure the API reports as a problem body; services throw its factories. */
public class ApiException extends RuntimeException {

    private final ProblemKind kind;
    private final transient List<Problem.InvalidParam> errors;

    public ApiException(ProblemKind kind, String detail, List<Problem.InvalidParam> errors) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String resource, Object id) {
        return new ApiException(ProblemKind.NOT_FOUND, resource + " " + id + " does not exist", List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemKind.FORBIDDEN, detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemKind.CONFLICT, detail, List.of());
    }

    public static ApiException staleVersion(String resource, Object id, long expected, long actual) {
        return new ApiException(ProblemKind.STALE_VERSION,
                resource + " " + id + " is at version " + actual + ", the request was based on version " + expected
                        + "; reload it and apply the change again",
                List.of());
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(ProblemKind.VALIDATION, field + ": " + message,
                List.of(Problem.InvalidParam.field(field, message)));
    }

    public static ApiException invalid(String detail, List<Problem.InvalidParam> errors) {
        return new ApiException(ProblemKind.VALIDATION, detail, errors);
    }

    /** A 400 listing every problem; the detail names the first, the rest are in {@code errors}. */
    public static ApiException invalid(List<Problem.InvalidParam> errors) {
        Problem.InvalidParam first = errors.get(0);
        String where = first.line() != null ? "line " + first.line() + (first.field() != null ? " " + first.field() : "") : first.field();
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return new ApiException(ProblemKind.VALIDATION, where + ": " + first.message() + more, errors);
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(ProblemKind.UNPROCESSABLE, detail, List.of());
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<Problem.InvalidParam> errors() {
        return errors;
    }
}
