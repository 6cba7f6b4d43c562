-- Issue 18: payment of imported orders and the follow-up of unpaid ones; agents' levels on the ladder.

-- floor.servicelevel.actuals (sales import): when the order was paid (NULL: unpaid or not reported) and the queue that
-- took the order (NULL: not reported). Old files without these columns import as before.
ALTER TABLE tagged_sale ADD COLUMN paid_at DATETIME(6) NULL;
ALTER TABLE tagged_sale ADD COLUMN queue_id BIGINT NULL;
ALTER TABLE tagged_sale ADD CONSTRAINT fk_sale_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE SET NULL;
CREATE INDEX ix_sale_unpaid ON tagged_sale (paid_at, sold_at);

-- floor.sales: one follow-up task per unpaid order (unique client + order), on the queue that follows it up.
-- due_at = sold_at + the follow-up delay (12 h); closed_at set when done or when the order was paid.
CREATE TABLE sale_follow_up (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id   BIGINT       NOT NULL,
    order_ref   VARCHAR(100) NOT NULL,
    queue_id    BIGINT       NOT NULL,
    agent_id    BIGINT       NULL,
    sold_at     DATETIME(6)  NOT NULL,
    due_at      DATETIME(6)  NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    task_status VARCHAR(10)  NOT NULL,
    closed_at   DATETIME(6)  NULL,
    closed_by   VARCHAR(100) NULL,
    row_version BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_follow_up_order UNIQUE (client_id, order_ref),
    CONSTRAINT fk_follow_up_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE SET NULL,
    INDEX ix_follow_up_queue_status (queue_id, task_status, due_at)
) ENGINE = InnoDB;

-- floor.attendance.assessment: an agent's level from a date on (a promotion is a new row); the latest row is the level.
CREATE TABLE agent_level (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id     BIGINT       NOT NULL,
    level_no     INT          NOT NULL,
    effective_on DATE         NOT NULL,
    reason       VARCHAR(300) NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_agent_level_date UNIQUE (agent_id, effective_on),
    CONSTRAINT fk_agent_level_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT ck_agent_level_no CHECK (level_no >= 1)
) ENGINE = InnoDB;
