package io.paiban.platform.error;

/**
 * A refusal the client should retry after a while: answered with the kind's status (429, 503) and a
 * {@code Retry-After} header. Found anywhere in the cause chain of a failure.
 */
public class RetryLaterException extends RuntimeException {

    private final ProblemKind kind;
    private final long retryAfterSeconds;

    public RetryLaterException(ProblemKind kind, String detail, long retryAfterSeconds) {
        super(detail);
        this.kind = kind;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public ProblemKind kind() {
        return kind;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
