-- One run per firing of a clustered job, enforced by the database: a replica that gets a firing another replica
-- already holds (a trigger rescheduled by a starting replica) finds the row taken and skips the run.
ALTER TABLE scheduled_job_run DROP INDEX ix_run_job;
ALTER TABLE scheduled_job_run ADD CONSTRAINT uq_run_firing UNIQUE (job_name, scheduled_for);
