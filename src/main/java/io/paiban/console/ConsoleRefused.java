package io.paiban.console;

/** A console page the signed-in account may not see: answered with the refusal page (403) and no data. */
public class ConsoleRefused extends RuntimeException {

    public ConsoleRefused() {
        super("refused");
    }
}
