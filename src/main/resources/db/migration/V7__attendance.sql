-- Attendance and assessment: clock and away events, complaints, attendance policies per site or
-- client, per-shift evaluations of the published roster, monthly attendance records, monthly
-- performance inputs (contacts, handle time, QA) and the monthly assessment ranking.
-- Instants are UTC DATETIME(6); work dates and months are site-local (a month is its first day).

-- The team an agent belongs to (free text set by the supervisor); monthly reports group by it.
ALTER TABLE agent ADD COLUMN team_name VARCHAR(100) NULL;

-- Clock-in/out and away-start/end, as sent by devices or supervisors. The idempotency key makes a
-- retried request or re-sent file harmless. Events are never edited; the sequence per agent is
-- always valid (in, [away-start, away-end]*, out).
CREATE TABLE attendance_event (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id         BIGINT       NOT NULL,
    event_kind       VARCHAR(12)  NOT NULL,
    occurred_at      DATETIME(6)  NOT NULL,
    idempotency_key  VARCHAR(100) NOT NULL,
    reported         BOOLEAN      NOT NULL,
    event_source     VARCHAR(10)  NOT NULL,
    note             VARCHAR(500) NULL,
    recorded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_attendance_event_key UNIQUE (agent_id, idempotency_key),
    CONSTRAINT fk_attendance_event_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    INDEX ix_attendance_event_agent_time (agent_id, occurred_at)
) ENGINE = InnoDB;

-- A customer complaint against an agent; only verified complaints cost money or count to dismissal.
CREATE TABLE attendance_complaint (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id        BIGINT       NOT NULL,
    complaint_date  DATE         NOT NULL,
    client_id       BIGINT       NULL,
    reason          VARCHAR(1000) NOT NULL,
    verified        BOOLEAN      NOT NULL,
    row_version     BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_complaint_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_complaint_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE SET NULL,
    INDEX ix_complaint_agent_date (agent_id, complaint_date)
) ENGINE = InnoDB;

-- Attendance rules of one site or one client (exactly one of the two); a client's policy applies to
-- shifts on that client's queues and wins over the site's. Money in yuan, limits in minutes.
CREATE TABLE attendance_policy (
    id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id                   BIGINT        NULL,
    client_id                 BIGINT        NULL,
    minor_late_max_minutes    INT           NOT NULL,
    minor_late_fine           DECIMAL(8,2)  NOT NULL,
    major_late_max_minutes    INT           NOT NULL,
    major_late_fine           DECIMAL(8,2)  NOT NULL,
    away_report_minutes       INT           NOT NULL,
    away_absence_minutes      INT           NOT NULL,
    leave_notice_days         INT           NOT NULL,
    lates_per_absence         INT           NOT NULL,
    absences_forfeiting_bonus INT           NOT NULL,
    absences_for_dismissal    INT           NOT NULL,
    first_complaint_fine      DECIMAL(8,2)  NOT NULL,
    repeat_complaint_fine     DECIMAL(8,2)  NOT NULL,
    complaints_for_dismissal  INT           NOT NULL,
    full_attendance_bonus     DECIMAL(8,2)  NOT NULL,
    row_version               BIGINT        NOT NULL,
    created_at                DATETIME(6)   NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    CONSTRAINT fk_policy_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_policy_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_policy_site (site_id),
    INDEX ix_policy_client (client_id)
) ENGINE = InnoDB;

-- The outcome of one published shift of one agent, keyed by agent and work date (the day the shift
-- starts); re-evaluating a day overwrites its rows.
CREATE TABLE attendance_evaluation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id            BIGINT        NOT NULL,
    site_id             BIGINT        NOT NULL,
    work_date           DATE          NOT NULL,
    shift_template_id   BIGINT        NOT NULL,
    queue_id            BIGINT        NULL,
    policy_id           BIGINT        NULL,
    shift_start         DATETIME(6)   NOT NULL,
    shift_end           DATETIME(6)   NOT NULL,
    outcome             VARCHAR(16)   NOT NULL,
    clock_in_at         DATETIME(6)   NULL,
    clock_out_at        DATETIME(6)   NULL,
    late_minutes        INT           NOT NULL,
    late_tier           VARCHAR(8)    NOT NULL,
    early_minutes       INT           NOT NULL,
    early_tier          VARCHAR(8)    NOT NULL,
    overtime_minutes    INT           NOT NULL,
    away_unreported     INT           NOT NULL,
    away_over_limit     INT           NOT NULL,
    missing_clock_out   BOOLEAN       NOT NULL,
    tier_breaches       INT           NOT NULL,
    absences            INT           NOT NULL,
    fine_yuan           DECIMAL(8,2)  NOT NULL,
    scheduled_seconds   INT           NOT NULL,
    adherent_seconds    INT           NOT NULL,
    remarks             VARCHAR(1000) NULL,
    evaluated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_evaluation_agent_day UNIQUE (agent_id, work_date),
    CONSTRAINT fk_evaluation_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    INDEX ix_evaluation_site_day (site_id, work_date)
) ENGINE = InnoDB;

-- One agent's month: totals of the evaluations, complaints, bonus and dismissal flags, adherence.
CREATE TABLE attendance_month (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id            BIGINT        NOT NULL,
    site_id             BIGINT        NOT NULL,
    month_start         DATE          NOT NULL,
    team_name           VARCHAR(100)  NULL,
    shifts              INT           NOT NULL,
    on_time_shifts      INT           NOT NULL,
    late_count          INT           NOT NULL,
    early_count         INT           NOT NULL,
    tier_breaches       INT           NOT NULL,
    no_shows            INT           NOT NULL,
    absences            INT           NOT NULL,
    away_violations     INT           NOT NULL,
    overtime_minutes    INT           NOT NULL,
    late_fines          DECIMAL(10,2) NOT NULL,
    complaints          INT           NOT NULL,
    complaint_fines     DECIMAL(10,2) NOT NULL,
    bonus_amount        DECIMAL(10,2) NOT NULL,
    bonus_kept          BOOLEAN       NOT NULL,
    bonus_payable       DECIMAL(10,2) NOT NULL,
    dismissal_flag      BOOLEAN       NOT NULL,
    flag_reasons        VARCHAR(500)  NULL,
    scheduled_seconds   BIGINT        NOT NULL,
    adherent_seconds    BIGINT        NOT NULL,
    generated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_attendance_month UNIQUE (agent_id, month_start),
    CONSTRAINT fk_attendance_month_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_month_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    INDEX ix_attendance_month_site (site_id, month_start)
) ENGINE = InnoDB;

-- What the scheduled job has done per site: a day evaluated (DAY) or a month reported (MONTH).
CREATE TABLE attendance_run (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT      NOT NULL,
    run_kind      VARCHAR(5)  NOT NULL,
    period_date   DATE        NOT NULL,
    completed_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_attendance_run UNIQUE (site_id, run_kind, period_date),
    CONSTRAINT fk_attendance_run_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Monthly per-agent figures that come from outside Paiban (ACD/chat system and QA sampling) until
-- per-agent actuals are imported: contacts handled, their total handle time, QA score, major error.
CREATE TABLE agent_performance (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id          BIGINT       NOT NULL,
    month_start       DATE         NOT NULL,
    contacts_handled  INT          NOT NULL,
    handle_seconds    BIGINT       NOT NULL,
    qa_score          DECIMAL(5,2) NULL,
    major_error       BOOLEAN      NOT NULL,
    note              VARCHAR(500) NULL,
    row_version       BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uk_agent_performance UNIQUE (agent_id, month_start),
    CONSTRAINT fk_performance_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The monthly assessment of a site: every agent's figures, composite score, rank and award.
CREATE TABLE agent_assessment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id           BIGINT        NOT NULL,
    site_id            BIGINT        NOT NULL,
    month_start        DATE          NOT NULL,
    team_name          VARCHAR(100)  NULL,
    contacts_handled   INT           NOT NULL,
    avg_handle_seconds DOUBLE        NULL,
    adherence          DOUBLE        NULL,
    complaints         INT           NOT NULL,
    qa_score           DOUBLE        NULL,
    major_error        BOOLEAN       NOT NULL,
    score              DOUBLE        NOT NULL,
    rank_no            INT           NOT NULL,
    previous_rank_no   INT           NULL,
    award              VARCHAR(14)   NULL,
    generated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_agent_assessment UNIQUE (agent_id, month_start),
    CONSTRAINT fk_assessment_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    INDEX ix_assessment_site_month (site_id, month_start)
) ENGINE = InnoDB;
