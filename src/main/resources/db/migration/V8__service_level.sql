-- Service-level tracking, contract compliance and settlement (issue 9).
-- Actuals are imported facts (insert or replace by their natural key); contracts are user-edited
-- master data keyed by client; statements are insert-only: a correction is a new version.
-- Instants are UTC DATETIME(6); dates are site-local (actuals) or contract dates (settlement).

-- Live contacts (phone, chat) per queue and interval, as the ACD reports them.
CREATE TABLE queue_interval_actual (
    id                    BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    queue_id              BIGINT      NOT NULL,
    interval_start        DATETIME(6) NOT NULL,
    interval_minutes      SMALLINT    NOT NULL,
    offered               INT         NOT NULL,
    answered              INT         NOT NULL,
    answered_within       INT         NOT NULL,
    threshold_seconds     INT         NOT NULL,
    abandoned             INT         NOT NULL,
    short_abandoned       INT         NOT NULL,
    short_abandon_seconds INT         NOT NULL,
    handle_seconds        DOUBLE      NOT NULL,
    answer_wait_seconds   DOUBLE      NULL,
    abandon_wait_seconds  DOUBLE      NULL,
    imported_at           DATETIME(6) NOT NULL,
    CONSTRAINT uk_actual_queue_interval UNIQUE (queue_id, interval_start),
    CONSTRAINT fk_actual_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Deferred items (email, tickets): when each arrived and when it got its first reply (NULL: not yet).
CREATE TABLE deferred_item_actual (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    queue_id       BIGINT       NOT NULL,
    item_ref       VARCHAR(100) NOT NULL,
    received_at    DATETIME(6)  NOT NULL,
    first_reply_at DATETIME(6)  NULL,
    imported_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_item_queue_ref UNIQUE (queue_id, item_ref),
    CONSTRAINT fk_item_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE,
    INDEX ix_item_queue_received (queue_id, received_at)
) ENGINE = InnoDB;

-- Customer ratings and quality checks per queue and site-local day.
CREATE TABLE queue_quality_day (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    queue_id    BIGINT      NOT NULL,
    work_date   DATE        NOT NULL,
    surveys     INT         NOT NULL,
    satisfied   INT         NOT NULL,
    qa_checked  INT         NOT NULL,
    qa_accurate INT         NOT NULL,
    imported_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_quality_queue_day UNIQUE (queue_id, work_date),
    CONSTRAINT fk_quality_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Seconds each agent spent in each state per interval (occupancy, adherence, conformance, shrinkage).
CREATE TABLE agent_state_interval (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id          BIGINT      NOT NULL,
    interval_start    DATETIME(6) NOT NULL,
    interval_minutes  SMALLINT    NOT NULL,
    available_seconds INT         NOT NULL,
    handling_seconds  INT         NOT NULL,
    after_call_seconds INT        NOT NULL,
    break_seconds     INT         NOT NULL,
    away_seconds      INT         NOT NULL,
    imported_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_state_agent_interval UNIQUE (agent_id, interval_start),
    CONSTRAINT fk_state_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    INDEX ix_state_interval (interval_start)
) ENGINE = InnoDB;

-- Sales tagged with the agent who made them, for commission of base-plus-commission contracts.
CREATE TABLE tagged_sale (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id   BIGINT        NOT NULL,
    order_ref   VARCHAR(100)  NOT NULL,
    agent_id    BIGINT        NULL,
    sold_at     DATETIME(6)   NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    imported_at DATETIME(6)   NOT NULL,
    CONSTRAINT uk_sale_client_order UNIQUE (client_id, order_ref),
    CONSTRAINT fk_sale_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT fk_sale_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE SET NULL,
    INDEX ix_sale_client_time (client_id, sold_at)
) ENGINE = InnoDB;

-- The commercial terms of a client's contract; its response-time standards stay in client_service_standard.
CREATE TABLE client_contract (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id                BIGINT        NOT NULL,
    starts_on                DATE          NOT NULL,
    price_model              VARCHAR(30)   NOT NULL,
    settlement_period        VARCHAR(10)   NOT NULL,
    currency                 VARCHAR(3)    NOT NULL,
    seats                    INT           NULL,
    seat_fee                 DECIMAL(14,2) NULL,
    contact_fee              DECIMAL(14,4) NULL,
    base_fee                 DECIMAL(14,2) NULL,
    commission_rate          DECIMAL(7,4)  NULL,
    deposit_amount           DECIMAL(14,2) NULL,
    penalty_cap_percent      DECIMAL(5,2)  NULL,
    termination_after_months INT           NOT NULL,
    payment_day              INT           NOT NULL,
    row_version              BIGINT        NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    updated_at               DATETIME(6)   NOT NULL,
    CONSTRAINT uk_contract_client UNIQUE (client_id),
    CONSTRAINT fk_contract_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Measured standards of a contract: response time (targets from client_service_standard), reply rate,
-- satisfaction, accuracy; each with its measurement window and penalty.
CREATE TABLE contract_clause (
    contract_id        BIGINT       NOT NULL,
    list_index         INT          NOT NULL,
    standard_kind      VARCHAR(20)  NOT NULL,
    channel            VARCHAR(10)  NULL,
    queue_function     VARCHAR(20)  NULL,
    metric_variant     VARCHAR(60)  NULL,
    target_share       DECIMAL(5,4) NULL,
    measurement_window VARCHAR(10)  NOT NULL,
    penalty_percent    DECIMAL(5,2) NOT NULL,
    description        VARCHAR(300) NULL,
    PRIMARY KEY (contract_id, list_index),
    CONSTRAINT fk_clause_contract FOREIGN KEY (contract_id) REFERENCES client_contract (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE contract_extra_fee (
    contract_id BIGINT        NOT NULL,
    list_index  INT           NOT NULL,
    label       VARCHAR(200)  NOT NULL,
    fee_kind    VARCHAR(20)   NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    recurrence  VARCHAR(10)   NOT NULL,
    charged_on  DATE          NULL,
    PRIMARY KEY (contract_id, list_index),
    CONSTRAINT fk_fee_contract FOREIGN KEY (contract_id) REFERENCES client_contract (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Issued statements: never updated. A correction is version n+1; the earlier one reads as superseded.
CREATE TABLE settlement_statement (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id       BIGINT        NOT NULL,
    period_start    DATE          NOT NULL,
    period_end      DATE          NOT NULL,
    version_no      INT           NOT NULL,
    price_model     VARCHAR(30)   NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    total_amount    DECIMAL(14,2) NOT NULL,
    deposit_held    DECIMAL(14,2) NULL,
    due_on          DATE          NOT NULL,
    correction_note VARCHAR(500)  NULL,
    issued_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_statement_version UNIQUE (client_id, period_start, version_no),
    CONSTRAINT fk_statement_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB;

CREATE TABLE settlement_statement_line (
    statement_id BIGINT        NOT NULL,
    line_no      INT           NOT NULL,
    line_kind    VARCHAR(20)   NOT NULL,
    period_month DATE          NOT NULL,
    description  VARCHAR(300)  NOT NULL,
    quantity     DECIMAL(16,4) NULL,
    unit_price   DECIMAL(14,4) NULL,
    amount       DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (statement_id, line_no),
    CONSTRAINT fk_line_statement FOREIGN KEY (statement_id) REFERENCES settlement_statement (id) ON DELETE CASCADE
) ENGINE = InnoDB;
