package io.paiban.planning.history;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every bad line of an import before anything is written, so the user fixes the whole file
 * in one round; only the first {@link #CAP} are listed to keep the response readable.
 */
final class ImportProblems {

    static final int CAP = 100;

    private final List<Problem.InvalidParam> listed = new ArrayList<>();
    private int count;
    private int badLines;
    private int lastBadLine = -1;

    void add(int line, String field, String message) {
        count++;
        if (line != lastBadLine) {
            badLines++;
            lastBadLine = line;
        }
        if (listed.size() < CAP) {
            listed.add(Problem.InvalidParam.line(line, field, message));
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    /** Refuses the whole import when any line was bad. */
    void throwIfAny() {
        if (count == 0) {
            return;
        }
        String listedNote = count > listed.size() ? " (first " + listed.size() + " listed)" : "";
        throw ApiException.invalid(badLines + " invalid line(s), " + count + " problem(s)" + listedNote
                + "; nothing was imported", listed);
    }
}
