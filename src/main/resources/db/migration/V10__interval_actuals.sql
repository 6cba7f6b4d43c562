-- One store of interval actuals (issue 20). contact_history (forecasting, V1/V2) and queue_interval_actual
-- (service level, intraday, contracts, V8) held the same per-queue, per-interval volumes, imported twice
-- through different endpoints. interval_actual replaces both: forecasting trains on it, service level
-- measures with it, and both imports (POST /api/history/... and POST /api/actuals/queue-intervals) write it.
-- Owner: io.paiban.planning.history.IntervalActuals. Instants are UTC DATETIME(6).
--
-- Sums, not means, so intervals add up: handle_seconds and answer_wait_seconds are totals over the answered
-- contacts (contact_history kept means: total = mean x answered). What a source does not report is NULL
-- (answered_within and its threshold, handle time, waits); a source that does not classify short abandons
-- stores 0 short abandons counted with a 0-second threshold.
CREATE TABLE interval_actual (
    queue_id              BIGINT      NOT NULL,
    interval_start        DATETIME(6) NOT NULL,
    interval_minutes      SMALLINT    NOT NULL,
    offered               INT         NOT NULL,
    answered              INT         NOT NULL,
    abandoned             INT         NOT NULL,
    short_abandoned       INT         NOT NULL,
    short_abandon_seconds INT         NOT NULL,
    answered_within       INT         NULL,
    threshold_seconds     INT         NULL,
    handle_seconds        DOUBLE      NULL,
    answer_wait_seconds   DOUBLE      NULL,
    abandon_wait_seconds  DOUBLE      NULL,
    imported_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (queue_id, interval_start),
    CONSTRAINT fk_interval_actual_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The service-level rows first: they are what the ACD measured (answered within the threshold, short
-- abandons, abandon wait) and what issued settlement statements were computed from.
INSERT INTO interval_actual (queue_id, interval_start, interval_minutes, offered, answered, abandoned, short_abandoned,
                             short_abandon_seconds, answered_within, threshold_seconds, handle_seconds,
                             answer_wait_seconds, abandon_wait_seconds, imported_at)
SELECT queue_id, interval_start, interval_minutes, offered, answered, abandoned, short_abandoned, short_abandon_seconds,
       answered_within, threshold_seconds, handle_seconds, answer_wait_seconds, abandon_wait_seconds, imported_at
FROM queue_interval_actual;

-- Then the history rows whose interval does not overlap a service-level row of the same queue: where both
-- tables describe the same time, the service-level row wins (it holds everything the history row does, and
-- more). Comparing spans rather than keys also keeps a 15-minute history row out from under a 30-minute
-- service-level row.
INSERT INTO interval_actual (queue_id, interval_start, interval_minutes, offered, answered, abandoned, short_abandoned,
                             short_abandon_seconds, answered_within, threshold_seconds, handle_seconds,
                             answer_wait_seconds, abandon_wait_seconds, imported_at)
SELECT h.queue_id, h.interval_start, h.interval_minutes, h.offered, h.answered, h.abandoned, 0, 0, NULL, NULL,
       h.aht_seconds * h.answered, h.avg_wait_seconds * h.answered, NULL, UTC_TIMESTAMP(6)
FROM contact_history h
WHERE NOT EXISTS (SELECT 1 FROM queue_interval_actual a
                  WHERE a.queue_id = h.queue_id
                    AND a.interval_start > h.interval_start - INTERVAL 60 MINUTE
                    AND a.interval_start < h.interval_start + INTERVAL h.interval_minutes MINUTE
                    AND h.interval_start < a.interval_start + INTERVAL a.interval_minutes MINUTE);

DROP TABLE queue_interval_actual;
DROP TABLE contact_history;
