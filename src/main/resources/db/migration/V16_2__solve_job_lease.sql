-- Solve jobs as a database queue shared by all replicas (docs/operations.md). A replica claims a QUEUED job, or a
-- SOLVING one whose lease ran out, with SELECT ... FOR UPDATE SKIP LOCKED, writes itself as owner and renews
-- lease_until while it solves. attempts counts claims (a job that keeps killing its pods ends FAILED);
-- stop_requested lets any replica stop a job solving elsewhere; solved_seconds is the solving time spent so far, so
-- that a takeover gets the rest of the time limit and the progress bar goes on where it was.
ALTER TABLE solve_job
    ADD COLUMN owner          VARCHAR(100) NULL,
    ADD COLUMN lease_until    DATETIME(6)  NULL,
    ADD COLUMN attempts       INT          NOT NULL DEFAULT 0,
    ADD COLUMN stop_requested BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN solved_seconds DOUBLE       NOT NULL DEFAULT 0,
    ADD INDEX ix_job_claim (job_status, lease_until);

-- The score points of a job (new best scores), written by the owner in batches with each save, so that the progress
-- stream can be followed from any replica.
CREATE TABLE solve_job_point (
    job_id       BIGINT       NOT NULL,
    seq          INT          NOT NULL,
    at_seconds   DOUBLE       NOT NULL,
    score        VARCHAR(100) NOT NULL,
    hard_score   BIGINT       NOT NULL,
    medium_score BIGINT       NOT NULL,
    soft_score   BIGINT       NOT NULL,
    PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_point_job FOREIGN KEY (job_id) REFERENCES solve_job (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One row per run of a clustered scheduled job: which replica ran which firing (the proof that each fires once, and
-- an operator's answer to "did last night's evaluation run, and where?").
CREATE TABLE scheduled_job_run (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_name       VARCHAR(60)  NOT NULL,
    scheduled_for  DATETIME(6)  NOT NULL,
    instance_id    VARCHAR(100) NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    ended_at       DATETIME(6)  NULL,
    INDEX ix_run_job (job_name, scheduled_for)
) ENGINE = InnoDB;
