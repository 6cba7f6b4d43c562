-- Intraday management: each run of the intraday job (or a supervisor's on-demand run) stores its snapshot
-- (reforecast, requirement, agents present, expected service level per queue and interval, as JSON) and the
-- actions it proposed. Accepting an action changes the published roster; offers to agents are answered on
-- the action row. Capacity plans store their request and their weekly result (JSON).
-- Instants are UTC DATETIME(6); work dates are site-local dates.

CREATE TABLE intraday_run (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id               BIGINT       NOT NULL,
    work_date             DATE         NOT NULL,
    as_of                 DATETIME(6)  NOT NULL,
    trigger_kind          VARCHAR(10)  NOT NULL,
    actor                 VARCHAR(100) NULL,
    forecast_run_id       BIGINT       NULL,
    expected_sl_before    DOUBLE       NOT NULL,
    expected_sl_after     DOUBLE       NOT NULL,
    snapshot_json         LONGTEXT     NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    CONSTRAINT fk_intraday_run_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    INDEX ix_intraday_run_site (site_id, id)
) ENGINE = InnoDB;

CREATE TABLE intraday_action (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id              BIGINT       NOT NULL,
    site_id             BIGINT       NOT NULL,
    work_date           DATE         NOT NULL,
    rank_no             INT          NOT NULL,
    action_kind         VARCHAR(12)  NOT NULL,
    agent_id            BIGINT       NOT NULL,
    from_queue_id       BIGINT       NULL,
    to_queue_id         BIGINT       NULL,
    starts_at           DATETIME(6)  NOT NULL,
    ends_at             DATETIME(6)  NOT NULL,
    minutes             INT          NOT NULL,
    cost                DOUBLE       NOT NULL,
    contacts_gained     DOUBLE       NOT NULL,
    cost_per_contact    DOUBLE       NULL,
    sl_before           DOUBLE       NOT NULL,
    sl_after            DOUBLE       NOT NULL,
    reason              VARCHAR(300) NULL,
    before_template_id  BIGINT       NULL,
    before_queue_id     BIGINT       NULL,
    action_state        VARCHAR(10)  NOT NULL,
    decided_by          VARCHAR(100) NULL,
    decided_at          DATETIME(6)  NULL,
    roster_id           BIGINT       NULL,
    after_template_id   BIGINT       NULL,
    after_queue_id      BIGINT       NULL,
    offer_state         VARCHAR(10)  NULL,
    offer_answered_at   DATETIME(6)  NULL,
    row_version         BIGINT       NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT fk_intraday_action_run FOREIGN KEY (run_id) REFERENCES intraday_run (id) ON DELETE CASCADE,
    CONSTRAINT fk_intraday_action_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    INDEX ix_intraday_action_agent (agent_id, offer_state)
) ENGINE = InnoDB;

CREATE TABLE capacity_plan (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT       NOT NULL,
    first_week    DATE         NOT NULL,
    weeks         INT          NOT NULL,
    label         VARCHAR(200) NULL,
    request_json  TEXT         NOT NULL,
    result_json   LONGTEXT     NOT NULL,
    created_by    VARCHAR(100) NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_capacity_plan_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    INDEX ix_capacity_plan_site (site_id, id)
) ENGINE = InnoDB;
