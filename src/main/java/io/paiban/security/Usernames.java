package io.paiban.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The one normalisation of usernames, applied when an account is saved and at every sign-in: surrounding
 * white space is removed and letters are lower-cased (Locale.ROOT), then names are compared exactly.
 * A name containing control characters is refused outright.
 */
public final class Usernames {

    public static final int MAX_LENGTH = 80;

    private Usernames() {
    }

    /** The normalised name; null stays null. A name with control characters is returned unchanged (see {@link #problem}). */
    public static String normalise(String username) {
        if (username == null || problem(username).isPresent()) {
            return username;
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Why this name can never be a username, if so. */
    public static Optional<String> problem(String username) {
        if (username == null || username.isBlank()) {
            return Optional.of("required");
        }
        for (int i = 0; i < username.length(); i++) {
            if (Character.isISOControl(username.charAt(i))) {
                return Optional.of("must not contain control characters");
            }
        }
        if (username.strip().length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }
}
