package io.paiban.console;

/** An anonymous visitor on a console page: forwarded to the sign-in page. */
public class ConsoleSignInRequired extends RuntimeException {

    public ConsoleSignInRequired() {
        super("sign in");
    }
}
