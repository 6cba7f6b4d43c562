package io.paiban.security.accounts;

import io.paiban.security.Role;
import io.paiban.security.UserAccount;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * {@code java -jar quarkus-run.jar create-admin <username>}: the first administrator of a database
 * that has none (external MariaDB has no default password). The password comes from
 * PAIBAN_ADMIN_PASSWORD, else from the console, else from the first line of standard input.
 */
public class CreateAdminCommand implements QuarkusApplication {

    @Inject
    UserService users;

    @Override
    @ActivateRequestContext
    public int run(String... args) throws IOException {
        if (args.length != 2 || args[1].isBlank()) {
            System.err.println("usage: create-admin <username>   (password from PAIBAN_ADMIN_PASSWORD or prompted)");
            return 2;
        }
        String username = args[1];
        String password = readPassword();
        if (password == null || password.length() < 8) {
            System.err.println("create-admin: the password must have at least 8 characters");
            return 2;
        }
        if (UserAccount.findByUsername(username) != null) {
            System.err.println("create-admin: a user named " + username + " already exists");
            return 1;
        }
        users.createAccount(username, password, Role.ADMIN, "Administrator", null, null, java.util.Set.of(), java.util.Set.of(), false);
        System.out.println("create-admin: administrator " + username + " created");
        return 0;
    }

    private static String readPassword() throws IOException {
        String fromEnv = System.getenv("PAIBAN_ADMIN_PASSWORD");
        if (fromEnv != null) {
            return fromEnv;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for the new administrator: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
