-- Issue 15: bearer tokens for REST clients, disabled accounts, demo accounts that must change their password.

-- Usernames are compared exactly after normalisation (trimmed, lower-cased); the column's case-insensitive
-- collation already kept case variants out, so this cannot collide.
UPDATE user_account SET username = LOWER(TRIM(username));

ALTER TABLE user_account
    ADD COLUMN disabled_at         DATETIME(6) NULL,
    ADD COLUMN password_changed_at DATETIME(6) NULL;

-- An access token and its refresh token are random secrets kept only as their SHA-256 (hex). A token
-- names nothing but its row; the account's role and scopes are read from user_account at verification.
CREATE TABLE api_token (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id             BIGINT      NOT NULL,
    token_hash          CHAR(64)    NOT NULL,
    refresh_hash        CHAR(64)    NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    expires_at          DATETIME(6) NOT NULL,
    refresh_expires_at  DATETIME(6) NOT NULL,
    revoked_at          DATETIME(6) NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT uk_api_token_refresh UNIQUE (refresh_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX ix_api_token_user (user_id)
) ENGINE = InnoDB;
