package io.paiban.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 7807 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 7807 problem details")
public record Problem(
        @Schema(description = "URI naming the kind of problem") String type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "What went wrong in this request") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "One entry per invalid field or line") List<InvalidParam> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://paiban.io/problems/";

    public static Problem of(ProblemKind kind, String detail, String instance, List<InvalidParam> errors) {
        return new Problem(TYPE_BASE + kind.slug(), kind.title(), kind.status(), detail, instance, errors);
    }

    /** An invalid field (JSON path such as {@code standards[0].thresholdSeconds}) or file line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvalidParam(String field, Integer line, String message) {
        public static InvalidParam field(String field, String message) {
            return new InvalidParam(field, null, message);
        }

        public static InvalidParam line(int line, String field, String message) {
            return new InvalidParam(field, line, message);
        }
    }
}
