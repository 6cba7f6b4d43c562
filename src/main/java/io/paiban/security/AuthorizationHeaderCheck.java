package io.paiban.security;

import io.paiban.platform.error.Problem;
import io.paiban.platform.error.ProblemKind;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Refuses a malformed {@code Authorization: Basic} header (not base64, or no colon between name and password)
 * with 401 before any mechanism sees it; the Basic mechanism would otherwise fail with an internal error.
 */
@ApplicationScoped
public class AuthorizationHeaderCheck {

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            String header = context.request().getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "basic", 0, 5) && !wellFormedBasic(header)) {
                Problem problem = Problem.of(ProblemKind.UNAUTHENTICATED,
                        "malformed Authorization header: expected 'Basic ' and base64 of username:password",
                        context.request().path(), java.util.List.of());
                context.response().setStatusCode(401)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("WWW-Authenticate", "Basic realm=\"Paiban\"")
                        .putHeader("Cache-Control", "no-store")
                        .putHeader("X-Content-Type-Options", "nosniff")
                        .end(JsonObject.mapFrom(problem).encode());
                return;
            }
            context.next();
        });
    }

    static boolean wellFormedBasic(String header) {
        if (header.length() < 7 || header.charAt(5) != ' ') {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
