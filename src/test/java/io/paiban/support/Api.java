package io.paiban.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests as the test administrator; tests of other roles use {@link #as(String, String)}. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given();
    }

    public static RequestSpecification as(String username, String password) {
        return RestAssured.given().auth().preemptive().basic(username, password);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }
}
