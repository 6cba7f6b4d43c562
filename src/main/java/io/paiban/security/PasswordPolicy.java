package io.paiban.security;

import io.paiban.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The minimum a new password must meet: a minimum length, not one of the common passwords in
 * {@code security/common-passwords.txt} (compared lower-cased), not the username (in any case, nor the
 * username with digits appended), and not the password the account has now.
 */
@ApplicationScoped
public class PasswordPolicy {

    private static final Set<String> COMMON = load();

    @Inject
    SecurityConfig config;

    @Inject
    PasswordHasher hasher;

    /**
     * Throws 400 naming {@code field} when the password is not acceptable for this account.
     *
     * @param currentHash the account's current hash, or null for a new account
     */
    public void check(String field, String username, String password, String currentHash) {
        problem(username, password, config.passwordPolicy().minLength()).ifPresent(p -> {
            throw ApiException.invalidField(field, p);
        });
        if (currentHash != null && hasher.matches(password, currentHash)) {
            throw ApiException.invalidField(field, "must differ from the current password");
        }
    }

    /** The rule a password breaks, without the comparison with the current one. */
    public static java.util.Optional<String> problem(String username, String password, int minLength) {
        if (password == null || password.length() < minLength) {
            return java.util.Optional.of("must be at least " + minLength + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return java.util.Optional.of("is one of the most common passwords; choose another");
        }
        String name = username == null ? "" : Usernames.normalise(username).toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && (lower.equals(name) || lower.startsWith(name) && lower.substring(name.length()).matches("[0-9!.]*"))) {
            return java.util.Optional.of("must not be the username");
        }
        return java.util.Optional.empty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
