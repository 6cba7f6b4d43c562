-- Rostering: rosters of a site over 1-4 weeks, their agent-day assignments (with the published
-- baseline agents see), the change log, solve jobs, and the roster inputs that are not master data:
-- absences, flex-pool offers, agent wishes and per-site or per-client constraint weights.
-- Instants are UTC DATETIME(6); work dates are site-local dates.

CREATE TABLE roster (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id           BIGINT       NOT NULL,
    first_date        DATE         NOT NULL,
    weeks             INT          NOT NULL,
    staffing_run_id   BIGINT       NOT NULL,
    solver_config     VARCHAR(40)  NULL,
    label             VARCHAR(200) NULL,
    roster_status     VARCHAR(20)  NOT NULL,
    publication_no    INT          NOT NULL,
    published_at      DATETIME(6)  NULL,
    published_by      VARCHAR(100) NULL,
    last_solved_at    DATETIME(6)  NULL,
    last_edited_at    DATETIME(6)  NULL,
    row_version       BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_roster_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_roster_staffing_run FOREIGN KEY (staffing_run_id) REFERENCES staffing_run (id),
    INDEX ix_roster_site_dates (site_id, first_date)
) ENGINE = InnoDB;

-- One row per agent and day of the roster: a shift on a queue, or a day off (template NULL).
-- published_* is what the last publication said (what agents see); has_published tells a published
-- day off from "never published".
CREATE TABLE roster_assignment (
    id                     BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    roster_id              BIGINT      NOT NULL,
    agent_id               BIGINT      NOT NULL,
    work_date              DATE        NOT NULL,
    shift_template_id      BIGINT      NULL,
    queue_id               BIGINT      NULL,
    pinned                 BOOLEAN     NOT NULL,
    assignment_source      VARCHAR(10) NOT NULL,
    has_published          BOOLEAN     NOT NULL,
    published_template_id  BIGINT      NULL,
    published_queue_id     BIGINT      NULL,
    updated_at             DATETIME(6) NOT NULL,
    CONSTRAINT uk_assignment_agent_day UNIQUE (roster_id, agent_id, work_date),
    CONSTRAINT fk_assignment_roster FOREIGN KEY (roster_id) REFERENCES roster (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    INDEX ix_assignment_agent_date (agent_id, work_date)
) ENGINE = InnoDB;

-- Every change to an agent-day after it was first published or edited by hand.
CREATE TABLE roster_change (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    roster_id           BIGINT       NOT NULL,
    agent_id            BIGINT       NOT NULL,
    work_date           DATE         NOT NULL,
    before_template_id  BIGINT       NULL,
    before_queue_id     BIGINT       NULL,
    after_template_id   BIGINT       NULL,
    after_queue_id      BIGINT       NULL,
    change_reason       VARCHAR(20)  NOT NULL,
    note                VARCHAR(500) NULL,
    actor               VARCHAR(100) NULL,
    changed_at          DATETIME(6)  NOT NULL,
    CONSTRAINT fk_change_roster FOREIGN KEY (roster_id) REFERENCES roster (id) ON DELETE CASCADE,
    INDEX ix_change_roster (roster_id, changed_at)
) ENGINE = InnoDB;

CREATE TABLE solve_job (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    roster_id               BIGINT        NOT NULL,
    job_kind                VARCHAR(10)   NOT NULL,
    job_status              VARCHAR(12)   NOT NULL,
    solver_config           VARCHAR(40)   NOT NULL,
    time_limit_seconds      INT           NOT NULL,
    unimproved_seconds      INT           NULL,
    step_limit              INT           NULL,
    restarted_from_job_id   BIGINT        NULL,
    best_score              VARCHAR(100)  NULL,
    hard_score              BIGINT        NULL,
    medium_score            BIGINT        NULL,
    soft_score              BIGINT        NULL,
    improvements            INT           NOT NULL,
    saves                   INT           NOT NULL,
    queued_at               DATETIME(6)   NOT NULL,
    started_at              DATETIME(6)   NULL,
    ended_at                DATETIME(6)   NULL,
    last_improvement_at     DATETIME(6)   NULL,
    last_saved_at           DATETIME(6)   NULL,
    error_text              VARCHAR(2000) NULL,
    row_version             BIGINT        NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    CONSTRAINT fk_job_roster FOREIGN KEY (roster_id) REFERENCES roster (id) ON DELETE CASCADE,
    INDEX ix_job_status (job_status)
) ENGINE = InnoDB;

-- Leave, sickness and declared unavailability: whole site-local days (first_date..last_date), or
-- an instant range (starts_at..ends_at). Only approved rows bind the roster.
CREATE TABLE agent_absence (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id     BIGINT       NOT NULL,
    absence_kind VARCHAR(12)  NOT NULL,
    first_date   DATE         NULL,
    last_date    DATE         NULL,
    starts_at    DATETIME(6)  NULL,
    ends_at      DATETIME(6)  NULL,
    approved     BOOLEAN      NOT NULL,
    note         VARCHAR(500) NULL,
    row_version  BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_absence_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    INDEX ix_absence_agent_dates (agent_id, first_date, last_date)
) ENGINE = InnoDB;

-- A flex-pool agent offers to work on a site-local date.
CREATE TABLE flex_offer (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id    BIGINT      NOT NULL,
    offer_date  DATE        NOT NULL,
    row_version BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_flex_offer UNIQUE (agent_id, offer_date),
    CONSTRAINT fk_flex_offer_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- A wish: a date or a weekday (or every day), a shift template (NULL: working at all), desired or not.
CREATE TABLE agent_preference (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id          BIGINT      NOT NULL,
    pref_date         DATE        NULL,
    day_of_week       VARCHAR(9)  NULL,
    shift_template_id BIGINT      NULL,
    preference_kind   VARCHAR(10) NOT NULL,
    weight            INT         NOT NULL,
    row_version       BIGINT      NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    CONSTRAINT fk_preference_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_preference_template FOREIGN KEY (shift_template_id) REFERENCES shift_template (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- A constraint weight for one site or one client (on the constraint's own score level).
CREATE TABLE roster_weight (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT       NULL,
    client_id       BIGINT       NULL,
    constraint_name VARCHAR(100) NOT NULL,
    weight          BIGINT       NOT NULL,
    row_version     BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_roster_weight UNIQUE (site_id, client_id, constraint_name),
    CONSTRAINT fk_weight_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_weight_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB;
