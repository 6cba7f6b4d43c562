package io.paiban.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the shared MariaDB for every @QuarkusTest (restrictToAnnotatedClass = false). */
@QuarkusTestResource(value = MariaDbTestResource.class, restrictToAnnotatedClass = false)
public final class MariaDbTestProfile {
    private MariaDbTestProfile() {
    }
}
