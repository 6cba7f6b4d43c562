package io.paiban.support;

import io.paiban.support.TestUsers.TestUser;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser-less console session over real HTTP: the form sign-in's cookie, the CSRF cookie set by the first page,
 * and the CSRF field read from a page, as a browser would send them.
 */
public record ConsoleSession(Map<String, String> cookies) {

    public static final String CSRF_FIELD = "csrf-token";
    private static final Pattern CSRF = Pattern.compile("name=\"" + CSRF_FIELD + "\" value=\"([^\"]+)\"");

    public static ConsoleSession signIn(TestUser user) {
        Response signIn = RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user.username()).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, signIn.statusCode(), "form sign-in of " + user.username());
        assertNotNull(signIn.cookie("paiban-session"), "signed in");
        return new ConsoleSession(new HashMap<>(signIn.cookies()));
    }

    public Response get(String path) {
        Response page = RestAssured.given().redirects().follow(false).cookies(cookies).get(path);
        cookies.putAll(page.cookies());
        return page;
    }

    /** The CSRF field of a page's forms. */
    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertTrue(m.find(), "the page carries a CSRF field");
        return m.group(1);
    }

    public Response post(String path, String token, Map<String, ?> form) {
        var request = RestAssured.given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                .formParam(CSRF_FIELD, token);
        form.forEach(request::formParam);
        Response response = request.post(path);
        cookies.putAll(response.cookies());
        return response;
    }
}
