-- Issue 18: conduct violations with escalating tiers, the team fund, mentorships (mentor awards), agent levels.

CREATE TABLE conduct_violation (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id     BIGINT        NOT NULL,
    conduct_kind VARCHAR(20)   NOT NULL,
    occurred_on  DATE          NOT NULL,
    loss_amount  DECIMAL(12,2) NOT NULL,
    note         VARCHAR(500)  NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    row_version  BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_conduct_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    INDEX ix_conduct_agent_date (agent_id, occurred_on)
) ENGINE = InnoDB;

ALTER TABLE attendance_month ADD COLUMN conduct_violations INT NOT NULL DEFAULT 0;
ALTER TABLE attendance_month ADD COLUMN conduct_fines DECIMAL(10,2) NOT NULL DEFAULT 0;

-- Money in or out of a team's fund other than fines (fines are read from the monthly reports): spending (negative),
-- deposits (positive).
CREATE TABLE team_fund_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    team_name   VARCHAR(100)  NOT NULL,
    entry_date  DATE          NOT NULL,
    amount      DECIMAL(12,2) NOT NULL,
    description VARCHAR(500)  NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    row_version BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_fund_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT ck_fund_amount CHECK (amount <> 0),
    INDEX ix_fund_team (site_id, team_name, entry_date)
) ENGINE = InnoDB;

CREATE TABLE mentorship (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_agent_id   BIGINT      NOT NULL,
    mentor_agent_id    BIGINT      NOT NULL,
    started_on         DATE        NOT NULL,
    reached_target_on  DATE        NULL,
    row_version        BIGINT      NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    CONSTRAINT uk_mentorship_trainee UNIQUE (trainee_agent_id),
    CONSTRAINT fk_mentorship_trainee FOREIGN KEY (trainee_agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_mentorship_mentor FOREIGN KEY (mentor_agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT ck_mentorship_distinct CHECK (trainee_agent_id <> mentor_agent_id)
) ENGINE = InnoDB;
