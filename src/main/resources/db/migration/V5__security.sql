-- Accounts and access: users with bcrypt (modular crypt format) password hashes and one role each,
-- the sites and clients a supervisor is assigned to, and revocable calendar-feed tokens.

CREATE TABLE user_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(80)  NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    user_role      VARCHAR(20)  NOT NULL,
    display_name   VARCHAR(200) NULL,
    agent_id       BIGINT       NULL,
    client_id      BIGINT       NULL,
    demo_account   BOOLEAN      NOT NULL DEFAULT FALSE,
    row_version    BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_user_username UNIQUE (username),
    CONSTRAINT uk_user_agent UNIQUE (agent_id),
    CONSTRAINT fk_user_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE user_site_scope (
    user_id  BIGINT NOT NULL,
    site_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, site_id),
    CONSTRAINT fk_site_scope_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_site_scope_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE user_client_scope (
    user_id    BIGINT NOT NULL,
    client_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, client_id),
    CONSTRAINT fk_client_scope_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_client_scope_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The secret in an agent's calendar-feed URL is kept only as its SHA-256; revoking sets revoked_at.
CREATE TABLE calendar_feed_token (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id      BIGINT       NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    revoked_at    DATETIME(6)  NULL,
    last_used_at  DATETIME(6)  NULL,
    CONSTRAINT uk_feed_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_feed_token_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    INDEX ix_feed_token_agent (agent_id)
) ENGINE = InnoDB;
