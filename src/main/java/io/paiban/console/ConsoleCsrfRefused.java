package io.paiban.console;

/** A console form posted without its CSRF token, or with another one: 400, nothing changed. */
public class ConsoleCsrfRefused extends RuntimeException {

    public ConsoleCsrfRefused() {
        super("missing or wrong CSRF token");
    }
}
