-- Staffing: shrinkage rules per queue and day, and staffing runs that turn a forecast run into
-- required agents per queue and interval, with the expected service at that staffing.

-- Shrinkage s (breaks + meetings + training + absence + other) for a queue (or every queue) on a
-- date, a weekday, or any day; the most specific rule wins (see docs/staffing.md).
CREATE TABLE shrinkage_rule (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    queue_id    BIGINT       NULL,
    applies_on  DATE         NULL,
    day_of_week VARCHAR(9)   NULL,
    breaks      DECIMAL(5,4) NOT NULL,
    meetings    DECIMAL(5,4) NOT NULL,
    training    DECIMAL(5,4) NOT NULL,
    absence     DECIMAL(5,4) NOT NULL,
    other       DECIMAL(5,4) NOT NULL,
    notes       VARCHAR(300) NULL,
    row_version BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_shrinkage_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE staffing_run (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    forecast_run_id   BIGINT       NOT NULL,
    label             VARCHAR(200) NULL,
    horizon_start     DATETIME(6)  NOT NULL,
    horizon_end       DATETIME(6)  NOT NULL,
    interval_minutes  SMALLINT     NOT NULL,
    parameters        TEXT         NOT NULL,
    elapsed_ms        BIGINT       NOT NULL,
    row_version       BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_staffing_run_forecast FOREIGN KEY (forecast_run_id) REFERENCES forecast_run (id) ON DELETE CASCADE,
    INDEX ix_staffing_run_horizon (horizon_start, horizon_end)
) ENGINE = InnoDB;

-- Per queue and interval: the load used, required agents before and after shrinkage, and the
-- expected service at the required staffing (live queues) or the backlog (email, tickets).
CREATE TABLE staffing_value (
    run_id           BIGINT      NOT NULL,
    queue_id         BIGINT      NOT NULL,
    interval_start   DATETIME(6) NOT NULL,
    open_interval    BOOLEAN     NOT NULL,
    volume           DOUBLE      NOT NULL,
    aht_seconds      DOUBLE      NOT NULL,
    raw_agents       INT         NOT NULL,
    shrinkage        DOUBLE      NOT NULL,
    scheduled_agents INT         NOT NULL,
    service_level    DOUBLE      NULL,
    asa_seconds      DOUBLE      NULL,
    abandon_rate     DOUBLE      NULL,
    occupancy        DOUBLE      NULL,
    backlog_items    DOUBLE      NULL,
    PRIMARY KEY (run_id, queue_id, interval_start),
    CONSTRAINT fk_staffing_value_run FOREIGN KEY (run_id) REFERENCES staffing_run (id) ON DELETE CASCADE,
    CONSTRAINT fk_staffing_value_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;
