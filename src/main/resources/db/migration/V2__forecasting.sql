-- Forecasting: call-log import mappings, user multipliers of calendar events, versioned forecast
-- runs with per-queue model choice and per-interval output, and supervisor adjustments kept apart
-- from the model output. Instants are UTC DATETIME(6).

-- Answered contacts' mean wait, when the source knows it (call logs do; interval files may).
ALTER TABLE contact_history ADD COLUMN avg_wait_seconds DOUBLE NULL;

-- A named column mapping for raw per-call logs (a JSON document, see docs/forecasting.md).
CREATE TABLE call_log_mapping (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(80)  NOT NULL,
    document     TEXT         NOT NULL,
    row_version  BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_call_log_mapping_name UNIQUE (name)
) ENGINE = InnoDB;

-- User-given uplift of a calendar event (by recurring key or by one event), for a queue function,
-- a queue, or every queue: a factor per day offset from the event start and time-of-day range.
CREATE TABLE event_multiplier (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_key      VARCHAR(40)  NULL,
    event_id       BIGINT       NULL,
    queue_function VARCHAR(20)  NULL,
    queue_id       BIGINT       NULL,
    day_offset     INT          NOT NULL,
    from_time      TIME         NOT NULL,
    to_time        TIME         NULL,
    multiplier     DECIMAL(8,3) NOT NULL,
    notes          VARCHAR(300) NULL,
    row_version    BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_multiplier_event FOREIGN KEY (event_id) REFERENCES calendar_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_multiplier_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE,
    INDEX ix_multiplier_key (event_key)
) ENGINE = InnoDB;

-- One forecast of a set of queues over a horizon. Runs of the same scope (a site, or a queue set)
-- are numbered 1, 2, 3, ... so supervisors can compare versions.
CREATE TABLE forecast_run (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope_key        VARCHAR(250) NOT NULL,
    site_id          BIGINT       NULL,
    version_no       INT          NOT NULL,
    label            VARCHAR(200) NULL,
    created_by       VARCHAR(100) NULL,
    run_status       VARCHAR(20)  NOT NULL,
    horizon_start    DATETIME(6)  NOT NULL,
    horizon_end      DATETIME(6)  NOT NULL,
    interval_minutes SMALLINT     NOT NULL,
    history_start    DATETIME(6)  NOT NULL,
    parameters       TEXT         NOT NULL,
    elapsed_ms       BIGINT       NOT NULL,
    row_version      BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_forecast_run_scope_version UNIQUE (scope_key, version_no),
    CONSTRAINT fk_forecast_run_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    INDEX ix_forecast_run_horizon (horizon_start, horizon_end)
) ENGINE = InnoDB;

-- Per queue of a run: the model used, whether it was forced, its backtest accuracy, the backtest
-- table of every candidate, the fitted parameters and the calendar effects applied (JSON text).
CREATE TABLE forecast_queue_result (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id             BIGINT       NOT NULL,
    queue_id           BIGINT       NOT NULL,
    model_name         VARCHAR(80)  NOT NULL,
    forced             BOOLEAN      NOT NULL,
    backtest_wape      DOUBLE       NULL,
    backtest_bias      DOUBLE       NULL,
    backtest_table     TEXT         NOT NULL,
    fitted_parameters  TEXT         NOT NULL,
    applied_effects    TEXT         NOT NULL,
    history_intervals  INT          NOT NULL,
    missing_intervals  INT          NOT NULL,
    CONSTRAINT uk_forecast_result_run_queue UNIQUE (run_id, queue_id),
    CONSTRAINT fk_forecast_result_run FOREIGN KEY (run_id) REFERENCES forecast_run (id) ON DELETE CASCADE,
    CONSTRAINT fk_forecast_result_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The model output per queue and interval: narrow, written with batched inserts.
CREATE TABLE forecast_value (
    run_id         BIGINT      NOT NULL,
    queue_id       BIGINT      NOT NULL,
    interval_start DATETIME(6) NOT NULL,
    base_volume    DOUBLE      NOT NULL,
    volume         DOUBLE      NOT NULL,
    aht_seconds    DOUBLE      NOT NULL,
    PRIMARY KEY (run_id, queue_id, interval_start),
    CONSTRAINT fk_forecast_value_run FOREIGN KEY (run_id) REFERENCES forecast_run (id) ON DELETE CASCADE,
    CONSTRAINT fk_forecast_value_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- A supervisor's change to a run's volume over [from_instant, to_instant), applied in id order on
-- top of the model output; the model output itself is never edited.
CREATE TABLE forecast_adjustment (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id          BIGINT       NOT NULL,
    queue_id        BIGINT       NULL,
    from_instant    DATETIME(6)  NOT NULL,
    to_instant      DATETIME(6)  NOT NULL,
    adjustment_kind VARCHAR(10)  NOT NULL,
    amount          DOUBLE       NOT NULL,
    reason          VARCHAR(300) NULL,
    created_by      VARCHAR(100) NULL,
    row_version     BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_adjustment_run FOREIGN KEY (run_id) REFERENCES forecast_run (id) ON DELETE CASCADE,
    CONSTRAINT fk_adjustment_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;
