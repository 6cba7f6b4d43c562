-- Agent self-service: leave requests (approved ones become agent_absence rows and start a re-plan),
-- shift swaps between two agents of a site (checked against the hard rules, approved by a
-- supervisor, then written to the published roster), and notifications of request state changes.
-- Instants are UTC DATETIME(6); dates are site-local dates.

CREATE TABLE leave_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id       BIGINT        NOT NULL,
    site_id        BIGINT        NOT NULL,
    first_date     DATE          NOT NULL,
    last_date      DATE          NOT NULL,
    reason         VARCHAR(500)  NULL,
    request_key    VARCHAR(100)  NULL,
    request_state  VARCHAR(20)   NOT NULL,
    decided_by     VARCHAR(100)  NULL,
    decided_at     DATETIME(6)   NULL,
    decision_note  VARCHAR(500)  NULL,
    absence_id     BIGINT        NULL,
    row_version    BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    -- a retried POST with the same key finds the first request instead of making a second
    CONSTRAINT uk_leave_request_key UNIQUE (agent_id, request_key),
    CONSTRAINT fk_leave_request_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_leave_request_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_leave_request_absence FOREIGN KEY (absence_id) REFERENCES agent_absence (id) ON DELETE SET NULL,
    INDEX ix_leave_request_agent_dates (agent_id, first_date, last_date),
    INDEX ix_leave_request_site_state (site_id, request_state)
) ENGINE = InnoDB;

-- What approving a leave request did to each published roster covering its dates: the re-plan job
-- started, or why none was (nothing rostered on those days, a job already running...).
CREATE TABLE leave_request_replan (
    leave_request_id  BIGINT        NOT NULL,
    roster_id         BIGINT        NOT NULL,
    solve_job_id      BIGINT        NULL,
    outcome_note      VARCHAR(500)  NULL,
    PRIMARY KEY (leave_request_id, roster_id),
    CONSTRAINT fk_leave_replan_request FOREIGN KEY (leave_request_id) REFERENCES leave_request (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE swap_request (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id               BIGINT         NOT NULL,
    roster_id             BIGINT         NOT NULL,
    proposer_agent_id     BIGINT         NOT NULL,
    counterpart_agent_id  BIGINT         NOT NULL,
    request_state         VARCHAR(20)    NOT NULL,
    message               VARCHAR(500)   NULL,
    request_key           VARCHAR(100)   NULL,
    responded_at          DATETIME(6)    NULL,
    decided_by            VARCHAR(100)   NULL,
    decided_at            DATETIME(6)    NULL,
    decision_note         VARCHAR(500)   NULL,
    broken_rules          VARCHAR(2000)  NULL,
    row_version           BIGINT         NOT NULL,
    created_at            DATETIME(6)    NOT NULL,
    updated_at            DATETIME(6)    NOT NULL,
    CONSTRAINT uk_swap_request_key UNIQUE (proposer_agent_id, request_key),
    CONSTRAINT fk_swap_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_swap_roster FOREIGN KEY (roster_id) REFERENCES roster (id) ON DELETE CASCADE,
    CONSTRAINT fk_swap_proposer FOREIGN KEY (proposer_agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_swap_counterpart FOREIGN KEY (counterpart_agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    INDEX ix_swap_site_state (site_id, request_state)
) ENGINE = InnoDB;

-- The published duties exchanged on each date, as they were when the swap was proposed (template
-- NULL = day off); approval refuses a swap whose days have changed since.
CREATE TABLE swap_request_day (
    swap_request_id           BIGINT  NOT NULL,
    work_date                 DATE    NOT NULL,
    proposer_template_id      BIGINT  NULL,
    proposer_queue_id         BIGINT  NULL,
    counterpart_template_id   BIGINT  NULL,
    counterpart_queue_id      BIGINT  NULL,
    PRIMARY KEY (swap_request_id, work_date),
    CONSTRAINT fk_swap_day_request FOREIGN KEY (swap_request_id) REFERENCES swap_request (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- A state change of a request, for the agent it concerns. Append-only.
CREATE TABLE agent_notification (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id          BIGINT        NOT NULL,
    leave_request_id  BIGINT        NULL,
    swap_request_id   BIGINT        NULL,
    request_state     VARCHAR(20)   NOT NULL,
    message           VARCHAR(500)  NOT NULL,
    actor             VARCHAR(100)  NULL,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_notification_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_leave FOREIGN KEY (leave_request_id) REFERENCES leave_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_swap FOREIGN KEY (swap_request_id) REFERENCES swap_request (id) ON DELETE CASCADE,
    INDEX ix_notification_agent_time (agent_id, created_at)
) ENGINE = InnoDB;
