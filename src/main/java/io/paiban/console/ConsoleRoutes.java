package io.paiban.console;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Form authentication answers the sign-in post (/j_security_check) itself with a redirect; with lazy
 * authentication the request would then go on to the REST layer, which has nothing there and tries to write a
 * second response. This route ends the request once the redirect is written.
 */
@ApplicationScoped
public class ConsoleRoutes {

    void signInPost(@Observes Router router) {
        router.post("/j_security_check").handler(rc -> {
            if (rc.response().ended() || rc.response().headWritten()) {
                return;
            }
            rc.next();
        });
    }
}
