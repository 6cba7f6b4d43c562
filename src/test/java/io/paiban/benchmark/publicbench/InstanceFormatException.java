package io.paiban.benchmark.publicbench;

/** A malformed instance file; the message names the file and the 1-based line. */
public class InstanceFormatException extends IllegalArgumentException {

    private final int line;

    public InstanceFormatException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
