-- The lower bound computed next to each solve job (LP relaxation of the squared shortfall, docs/benchmarks.md): the
-- bound on the medium score, the LP value, whether column generation converged, its time, and the relaxation's
-- squared shortfall per queue and day as JSON ([{"queueId":1,"date":"2026-11-09","medium":12.5}, ...]). A row of its
-- own, written once by the bound's thread, so that it never races the job's coalesced saves.
CREATE TABLE solve_job_bound (
    job_id       BIGINT      NOT NULL PRIMARY KEY,
    bound_medium BIGINT      NOT NULL,
    lp_value     DOUBLE      NULL,
    converged    BOOLEAN     NOT NULL,
    millis       BIGINT      NOT NULL,
    detail       LONGTEXT    NOT NULL,
    computed_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_bound_job FOREIGN KEY (job_id) REFERENCES solve_job (id) ON DELETE CASCADE
) ENGINE = InnoDB;
