package io.paiban.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Turns every failure of a REST call into an RFC 7807 problem response. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The role of a demo account that must change its published password first (io.paiban.security.Roles; platform may not import it). */
    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(Problem.of(e.kind(), e.getMessage(), path(uri), e.errors()));
    }

    /** Missing or wrong credentials: 401 with the Basic challenge, so clients know how to sign in. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Optional<RetryLaterException> later = causeOf(e, RetryLaterException.class);
        if (later.isPresent()) {
            return retryLater(later.get(), uri);
        }
        Problem problem = Problem.of(ProblemKind.UNAUTHENTICATED,
                "sign in to call this endpoint: a bearer token from POST /api/auth/token, or HTTP Basic (username and password)",
                path(uri), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer realm=\"Paiban\", Basic realm=\"Paiban\"")
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response retryLater(RetryLaterException e, UriInfo uri) {
        return Response.status(e.kind().status()).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(Problem.of(e.kind(), e.getMessage(), path(uri), List.of())).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, jakarta.ws.rs.container.ContainerRequestContext request) {
        if (request != null && request.getSecurityContext() != null
                && request.getSecurityContext().isUserInRole(PASSWORD_CHANGE_REQUIRED)) {
            return respond(Problem.of(ProblemKind.FORBIDDEN, "this account must change its password before anything else: "
                    + "PUT /api/me/password with currentPassword and newPassword (its password is published and the service "
                    + "is reachable from the network)", path(uri), List.of()));
        }
        return respond(Problem.of(ProblemKind.FORBIDDEN, "your role may not call this endpoint", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.InvalidParam.field(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::field))
                .toList();
        String detail = errors.stream().map(p -> p.field() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return respond(Problem.of(ProblemKind.VALIDATION, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    /** Declared apart because the Jackson extension maps this subtype itself, without naming the field. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // a parameter converter's 400 arrives wrapped in the 404 that JAX-RS uses for unconvertible query parameters
        Optional<ApiException> api = causeOf(e, ApiException.class);
        if (api.isPresent()) {
            return api(api.get(), uri);
        }
        Optional<Problem> json = causeOf(e, JsonProcessingException.class).map(j -> jsonProblem(j, path(uri)));
        if (json.isPresent()) {
            return respond(json.get());
        }
        int status = e.getResponse().getStatus();
        ProblemKind kind = status == 404 ? ProblemKind.NOT_FOUND : ProblemKind.HTTP;
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : kind.title();
        return respond(new Problem(Problem.of(kind, null, null, List.of()).type(), title, status,
                e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<RetryLaterException> later = causeOf(e, RetryLaterException.class).or(() -> databaseUnavailable(e));
        if (later.isPresent()) {
            return retryLater(later.get(), uri);
        }
        if (causeOf(e, io.vertx.core.http.HttpClosedException.class).isPresent()) {
            // the client hung up while sending its body: nobody is left to answer, and nothing is wrong here
            LOG.debugf("client closed the connection at %s", path(uri));
            return Response.status(400).build();
        }
        return respond(classify(e, path(uri)));
    }

    /**
     * No connection to be had: the pool is exhausted past its acquisition timeout (load beyond capacity) or the
     * database is down. Both pass, so the client is told to retry (503 with Retry-After), never a 500.
     */
    static Optional<RetryLaterException> databaseUnavailable(Throwable e) {
        Throwable current = e;
        for (int depth = 0; current != null && depth < 20; depth++, current = current.getCause()) {
            String message = String.valueOf(current.getMessage());
            boolean connection = current instanceof java.sql.SQLTransientConnectionException
                    || current instanceof java.sql.SQLNonTransientConnectionException
                    || current instanceof org.hibernate.exception.JDBCConnectionException
                    || current instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || message.contains("acquisition timeout") || message.contains("Unable to acquire JDBC Connection");
            // lock waits and deadlocks are not here: they are lost races between writers, a 409 (concurrentWrite)
            if (connection) {
                LOG.warnf("database unavailable, answering 503: %s", message);
                return Optional.of(new RetryLaterException(ProblemKind.UNAVAILABLE,
                        "The service is overloaded or its database is unavailable; retry shortly", 2));
            }
        }
        return Optional.empty();
    }

    /** Failures raised at commit time arrive wrapped; the root decides what the client is told. */
    static Problem classify(Throwable e, String instance) {
        Optional<ApiException> api = causeOf(e, ApiException.class);
        if (api.isPresent()) {
            return Problem.of(api.get().kind(), api.get().getMessage(), instance, api.get().errors());
        }
        if (causeOf(e, OptimisticLockException.class).isPresent() || causeOf(e, StaleStateException.class).isPresent()) {
            return Problem.of(ProblemKind.STALE_VERSION,
                    "The resource was changed by a concurrent request; reload it and apply the change again",
                    instance, List.of());
        }
        Optional<org.hibernate.exception.ConstraintViolationException> constraint =
                causeOf(e, org.hibernate.exception.ConstraintViolationException.class);
        if (constraint.isPresent()) {
            return Problem.of(ProblemKind.CONFLICT, constraintDetail(constraint.get()), instance, List.of());
        }
        Optional<java.sql.SQLIntegrityConstraintViolationException> sqlConstraint =
                causeOf(e, java.sql.SQLIntegrityConstraintViolationException.class);
        if (sqlConstraint.isPresent()) {
            String message = String.valueOf(sqlConstraint.get().getMessage());
            return Problem.of(ProblemKind.CONFLICT, message.contains("Duplicate entry")
                    ? "A resource with the same unique key already exists (" + message.replaceAll(".*Duplicate entry", "duplicate entry") + ")"
                    : "The change violates a database constraint", instance, List.of());
        }
        if (concurrentWrite(e)) {
            // two requests (often on two replicas) wrote the same rows at once: InnoDB picked one as the deadlock
            // victim, a lock wait ran out, or Galera refused the write set at certification (reported as a deadlock)
            return Problem.of(ProblemKind.CONFLICT, "A concurrent request changed the same data; nothing was saved. "
                    + "Send the request again", instance, List.of());
        }
        LOG.error("Unexpected failure at " + instance, e);
        return Problem.of(ProblemKind.INTERNAL, "Unexpected failure; see the server log", instance, List.of());
    }

    /** A deadlock, lock wait timeout or Galera certification failure (MariaDB 1213, 1205; SQLSTATE 40001). */
    static boolean concurrentWrite(Throwable e) {
        if (causeOf(e, org.hibernate.exception.LockAcquisitionException.class).isPresent()
                || causeOf(e, org.hibernate.PessimisticLockException.class).isPresent()
                || causeOf(e, jakarta.persistence.PessimisticLockException.class).isPresent()
                || causeOf(e, jakarta.persistence.LockTimeoutException.class).isPresent()
                || causeOf(e, java.sql.SQLTransactionRollbackException.class).isPresent()) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String constraintDetail(org.hibernate.exception.ConstraintViolationException e) {
        String message = String.valueOf(e.getSQLException() != null ? e.getSQLException().getMessage() : e.getMessage());
        if (message.contains("Duplicate entry")) {
            return "A resource with the same unique key already exists (" + message.replaceAll(".*Duplicate entry", "duplicate entry") + ")";
        }
        if (message.contains("foreign key constraint fails")) {
            return "The resource is still referenced by other data, or references data that does not exist";
        }
        return "The change violates a database constraint";
    }

    private static Problem jsonProblem(JsonProcessingException e, String instance) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String message = jsonMessage(e);
            return Problem.of(ProblemKind.VALIDATION, field + ": " + message, instance,
                    List.of(Problem.InvalidParam.field(field, message)));
        }
        return Problem.of(ProblemKind.MALFORMED, "Body is not valid JSON: " + e.getOriginalMessage(), instance, List.of());
    }

    private static String jsonMessage(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException f) {
            return "cannot read value '" + f.getValue() + "' as " + f.getTargetType().getSimpleName();
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "wrong type, expected " + m.getTargetType().getSimpleName();
        }
        return e.getOriginalMessage();
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** {@code create.request.standards[0].channel} becomes {@code standards[0].channel}. */
    static String fieldPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && !path.isEmpty()) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        Throwable current = e;
        for (int depth = 0; current != null && depth < 20; depth++, current = current.getCause()) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
        }
        return Optional.empty();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

}
