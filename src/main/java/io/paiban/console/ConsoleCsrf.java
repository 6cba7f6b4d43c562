package io.paiban.console;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF tokens of the console's forms (double submit, bound to the user): a random value plus its HMAC over the
 * signed-in username, kept in an HttpOnly, SameSite=Strict cookie and repeated in each form's hidden field
 * ({inject:csrf.parameterName} / {inject:csrf.token}). Every console endpoint that changes data calls
 * {@link #verify(String)} first; a missing or different token is refused with 400 and changes nothing.
 */
@Named("csrf")
@RequestScoped
public class ConsoleCsrf {

    public static final String FIELD = "csrf-token";
    public static final String COOKIE = "paiban-csrf";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile byte[] generatedKey;

    @Inject
    CurrentVertxRequest request;

    @Inject
    SecurityIdentity identity;

    @Inject
    ConsoleConfig config;

    private String token;

    public String getParameterName() {
        return FIELD;
    }

    /** The caller's token: the cookie's when it is valid for this user, else a new one set as a cookie. */
    public String getToken() {
        if (token == null) {
            String current = cookieToken();
            if (current != null && valid(current)) {
                token = current;
            } else {
                byte[] nonce = new byte[24];
                RANDOM.nextBytes(nonce);
                String value = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
                token = value + "." + sign(value);
                RoutingContext rc = request.getCurrent();
                if (rc != null) {
                    rc.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/console").setHttpOnly(true)
                            .setSameSite(CookieSameSite.STRICT));
                }
            }
        }
        return token;
    }

    /** Refuses (400) unless the form's token equals the cookie's and is signed for the signed-in user. */
    public void verify(String formToken) {
        String cookie = cookieToken();
        if (formToken == null || cookie == null || !valid(cookie)
                || !MessageDigest.isEqual(formToken.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8))) {
            throw new ConsoleCsrfRefused();
        }
    }

    private String cookieToken() {
        RoutingContext rc = request.getCurrent();
        Cookie cookie = rc == null ? null : rc.request().getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private boolean valid(String value) {
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        byte[] expected = sign(value.substring(0, dot)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, value.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
    }

    private String sign(String nonce) {
        String user = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sig = mac.doFinal((nonce + "|" + user).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (config.csrfKey().isPresent()) {
            return config.csrfKey().get().getBytes(StandardCharsets.UTF_8);
        }
        if (generatedKey == null) {
            synchronized (ConsoleCsrf.class) {
                if (generatedKey == null) {
                    byte[] key = new byte[32];
                    RANDOM.nextBytes(key);
                    generatedKey = key;
                }
            }
        }
        return generatedKey;
    }
}
