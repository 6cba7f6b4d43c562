-- Issue 18: customer complaints with their receipt and closure times, for complaint-handling timeliness
-- (docs/metrics.md, "Complaints"). Owner: io.paiban.floor.servicelevel.actuals (POST /api/actuals/complaints).
-- Natural key client + complaint_ref: re-importing a corrected file replaces. queue_id is the queue that handled
-- the complaint (optional); closed_at NULL = still open. Instants are UTC DATETIME(6).
CREATE TABLE complaint_case (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id     BIGINT       NOT NULL,
    complaint_ref VARCHAR(100) NOT NULL,
    queue_id      BIGINT       NULL,
    received_at   DATETIME(6)  NOT NULL,
    closed_at     DATETIME(6)  NULL,
    imported_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_complaint_case_ref UNIQUE (client_id, complaint_ref),
    CONSTRAINT fk_complaint_case_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT fk_complaint_case_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE SET NULL,
    INDEX ix_complaint_case_received (client_id, received_at),
    INDEX ix_complaint_case_queue (queue_id, received_at)
) ENGINE = InnoDB;
