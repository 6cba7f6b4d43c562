package io.paiban.security;

import io.agroal.api.AgroalDataSource;
import io.paiban.platform.persistence.JdbcReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * What sign-in needs of an account, read with one plain JDBC query (no persistence context, so it runs on any
 * worker thread, inside a transaction or not).
 */
@ApplicationScoped
public class AccountStore {

    /** The sign-in facts of an account. */
    public record Credentials(long id, String username, String passwordHash, String role, boolean demoAccount,
                              Instant disabledAt, Instant passwordChangedAt) {
    }

    static final String COLUMNS = "u.id, u.username, u.password_hash, u.user_role, u.demo_account, u.disabled_at, u.password_changed_at";

    @Inject
    JdbcReader jdbc;

    @Inject
    AgroalDataSource dataSource;

    public Optional<Credentials> byUsername(String normalisedUsername) {
        return jdbc.list("SELECT " + COLUMNS + " FROM user_account u WHERE u.username = ?", AccountStore::credentials,
                normalisedUsername).stream().findFirst();
    }

    static Credentials credentials(ResultSet rs) throws SQLException {
        return new Credentials(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                JdbcReader.instant(rs, 6), JdbcReader.instant(rs, 7));
    }
}
