package io.paiban.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Opaque bearer tokens. A token is 32 random bytes (base64url, prefixed {@code pbt_}); only its SHA-256 is
 * stored, so a copy of the table signs nobody in. Verifying is a hash lookup joined to the account (role,
 * disabled) and then remembered in memory for {@code paiban.security.tokens.cache-ttl}, bounded in size;
 * revocation removes it from memory at once. The token itself says nothing about the caller, so there is
 * nothing a client could change in it to widen its scope.
 */
@ApplicationScoped
public class ApiTokens {

    public static final String PREFIX = "pbt_";
    private static final Pattern FORMAT = Pattern.compile("pb[tr]_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A verified access token: whose it is, with the account as stored. */
    public record TokenPrincipal(long tokenId, long userId, String username, String role, boolean mustChangePassword,
                                 Instant expiresAt) {
    }

    /** A freshly issued pair; the secrets are shown to the client once and never stored. */
    public record Issued(long tokenId, String accessToken, Instant expiresAt, String refreshToken, Instant refreshExpiresAt) {
    }

    private record Cached(TokenPrincipal principal, long loadedAtNanos) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SecurityConfig config;

    @Inject
    DemoExposure demo;

    public Issued issue(long userId) {
        Instant now = Instant.now();
        String access = secret(PREFIX);
        String refresh = secret("pbr_");
        Instant expires = now.plus(config.tokens().accessTtl());
        Instant refreshExpires = now.plus(config.tokens().refreshTtl());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO api_token (user_id, token_hash, refresh_hash, created_at, expires_at, refresh_expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, userId);
            s.setString(2, sha256(access));
            s.setString(3, sha256(refresh));
            s.setObject(4, utc(now));
            s.setObject(5, utc(expires));
            s.setObject(6, utc(refreshExpires));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new Issued(keys.getLong(1), access, expires, refresh, refreshExpires);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a token: " + e.getMessage(), e);
        }
    }

    /** From memory only: the principal if this token was verified recently and has not expired since. */
    public Optional<TokenPrincipal> cached(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        Cached hit = cache.get(sha256(token));
        if (hit == null || System.nanoTime() - hit.loadedAtNanos() > config.tokens().cacheTtl().toNanos()
                || !hit.principal().expiresAt().isAfter(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(hit.principal());
    }

    /** Memory, then the database (blocking). Empty for an unknown, expired or revoked token or a disabled account. */
    public Optional<TokenPrincipal> verify(String token) {
        if (token == null || !token.startsWith(PREFIX) || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<TokenPrincipal> hit = cached(token);
        if (hit.isPresent()) {
            return hit;
        }
        String hash = sha256(token);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT t.id, t.expires_at, " + AccountStore.COLUMNS + " FROM api_token t JOIN user_account u ON u.id = t.user_id "
                        + "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.disabled_at IS NULL")) {
            s.setString(1, hash);
            s.setObject(2, utc(Instant.now()));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long tokenId = rs.getLong(1);
                Instant expires = rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                AccountStore.Credentials a = credentialsFrom(rs);
                TokenPrincipal p = new TokenPrincipal(tokenId, a.id(), a.username(), a.role(), demo.mustChangePassword(a), expires);
                remember(hash, p);
                return Optional.of(p);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not verify a token: " + e.getMessage(), e);
        }
    }

    /**
     * Exchanges a refresh token for a new pair and revokes the old one; of two refreshes with the same token
     * only one succeeds. Empty when the refresh token is unknown, expired, already used or revoked.
     */
    public Optional<Issued> refresh(String refreshToken) {
        if (refreshToken == null || !refreshToken.startsWith("pbr_") || !FORMAT.matcher(refreshToken).matches()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        long tokenId;
        long userId;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT t.id, t.user_id FROM api_token t JOIN user_account u ON u.id = t.user_id "
                    + "WHERE t.refresh_hash = ? AND t.revoked_at IS NULL AND t.refresh_expires_at > ? AND u.disabled_at IS NULL")) {
                s.setString(1, sha256(refreshToken));
                s.setObject(2, utc(now));
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    tokenId = rs.getLong(1);
                    userId = rs.getLong(2);
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                s.setObject(1, utc(now));
                s.setLong(2, tokenId);
                if (s.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh a token: " + e.getMessage(), e);
        }
        forget(p -> p.tokenId() == tokenId);
        return Optional.of(issue(userId));
    }

    /** Revokes one token (sign-out). */
    public void revoke(long tokenId) {
        update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", tokenId);
        forget(p -> p.tokenId() == tokenId);
    }

    /** Revokes every token of an account (sign-out everywhere, password change, account disabled). */
    public int revokeAll(long userId) {
        int revoked = update("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", userId);
        forgetUser(userId);
        return revoked;
    }

    /** Drops the account's verified tokens from memory so the next call reads its role and scope afresh. */
    public void forgetUser(long userId) {
        forget(p -> p.userId() == userId);
    }

    /** Tokens whose refresh expired more than a day ago are of no use to anybody. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM api_token WHERE refresh_expires_at < ?")) {
            s.setObject(1, utc(Instant.now().minus(Duration.ofDays(1))));
            s.executeUpdate();
        } catch (SQLException e) {
            PasswordSignIn.EVENTS.warnf("could not delete expired tokens: %s", e.getMessage());
        }
    }

    int cacheSize() {
        return cache.size();
    }

    private void remember(String hash, TokenPrincipal p) {
        if (cache.size() >= config.tokens().cacheSize()) {
            long tooOld = System.nanoTime() - config.tokens().cacheTtl().toNanos();
            cache.values().removeIf(c -> c.loadedAtNanos() < tooOld);
            if (cache.size() >= config.tokens().cacheSize()) {
                cache.clear();
            }
        }
        cache.put(hash, new Cached(p, System.nanoTime()));
    }

    private void forget(java.util.function.Predicate<TokenPrincipal> which) {
        List<String> drop = new ArrayList<>();
        cache.forEach((hash, c) -> {
            if (which.test(c.principal())) {
                drop.add(hash);
            }
        });
        drop.forEach(cache::remove);
    }

    private int update(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, utc(Instant.now()));
            s.setLong(2, id);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not revoke tokens: " + e.getMessage(), e);
        }
    }

    private static AccountStore.Credentials credentialsFrom(ResultSet rs) throws SQLException {
        // the account columns follow the two token columns
        return new AccountStore.Credentials(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getBoolean(7), instant(rs, 8), instant(rs, 9));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String secret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
