package io.paiban.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests with credentials. {@link #given()} signs in as the test administrator that the test
 * profile creates at start (paiban.security.bootstrap-admin); other roles come from {@link TestUsers}.
 */
public final class Api {

    public static final String ADMIN_USER = "test-admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private Api() {
    }

    public static RequestSpecification given() {
        return as(ADMIN_USER, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return RestAssured.given().auth().preemptive().basic(username, password);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }
}
