-- Issue 18: activities inside shifts (placed breaks, meetings, briefings, handovers, coaching, training),
-- product training before sale, and handover notes.

-- masterdata.training: a product or promotion that needs training on some queues before a deadline.
CREATE TABLE training_course (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    product          VARCHAR(200) NULL,
    deadline         DATE         NOT NULL,
    duration_minutes INT          NOT NULL,
    note             VARCHAR(500) NULL,
    row_version      BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT ck_course_minutes CHECK (duration_minutes > 0)
) ENGINE = InnoDB;

CREATE TABLE training_course_queue (
    course_id BIGINT NOT NULL,
    queue_id  BIGINT NOT NULL,
    PRIMARY KEY (course_id, queue_id),
    CONSTRAINT fk_course_queue_course FOREIGN KEY (course_id) REFERENCES training_course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_queue_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE training_completion (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT      NOT NULL,
    agent_id     BIGINT      NOT NULL,
    completed_on DATE        NOT NULL,
    activity_id  BIGINT      NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_completion UNIQUE (course_id, agent_id),
    CONSTRAINT fk_completion_course FOREIGN KEY (course_id) REFERENCES training_course (id) ON DELETE CASCADE,
    CONSTRAINT fk_completion_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- planning.activity: recurring group activities (site NULL = every site).
CREATE TABLE activity_rule (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT       NULL,
    name             VARCHAR(200) NOT NULL,
    activity_kind    VARCHAR(12)  NOT NULL,
    audience         VARCHAR(12)  NOT NULL,
    team_name        VARCHAR(100) NULL,
    queue_id         BIGINT       NULL,
    day_of_week      VARCHAR(10)  NULL,
    start_time       TIME         NOT NULL,
    duration_minutes INT          NOT NULL,
    paid             BOOLEAN      NOT NULL,
    active           BOOLEAN      NOT NULL,
    row_version      BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_activity_rule_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_rule_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE,
    CONSTRAINT ck_activity_rule_minutes CHECK (duration_minutes > 0)
) ENGINE = InnoDB;

-- The windows in which a template's breaks and lunch are placed; fixed_start is where everyone takes it when
-- breaks are fixed (the baseline the placement is compared to and starts from).
CREATE TABLE break_window (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_id      BIGINT      NOT NULL,
    activity_kind    VARCHAR(12) NOT NULL,
    duration_minutes INT         NOT NULL,
    earliest_start   TIME        NOT NULL,
    latest_start     TIME        NOT NULL,
    fixed_start      TIME        NOT NULL,
    paid             BOOLEAN     NOT NULL,
    row_version      BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    CONSTRAINT fk_break_window_template FOREIGN KEY (template_id) REFERENCES shift_template (id) ON DELETE CASCADE,
    CONSTRAINT ck_break_window_minutes CHECK (duration_minutes > 0)
) ENGINE = InnoDB;

-- An activity of one agent-day. roster_id/template_id set for planned rows (RULE, PLACED): they apply while that
-- roster's published duty with that template wins the day. MANUAL rows (coaching, training) apply to any duty.
CREATE TABLE shift_activity (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    roster_id          BIGINT       NULL,
    site_id            BIGINT       NOT NULL,
    agent_id           BIGINT       NOT NULL,
    work_date          DATE         NOT NULL,
    template_id        BIGINT       NULL,
    activity_kind      VARCHAR(12)  NOT NULL,
    source             VARCHAR(10)  NOT NULL,
    rule_id            BIGINT       NULL,
    training_course_id BIGINT       NULL,
    title              VARCHAR(200) NOT NULL,
    starts_at          DATETIME(6)  NOT NULL,
    ends_at            DATETIME(6)  NOT NULL,
    paid               BOOLEAN      NOT NULL,
    completed          BOOLEAN      NOT NULL,
    row_version        BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_activity_roster FOREIGN KEY (roster_id) REFERENCES roster (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_course FOREIGN KEY (training_course_id) REFERENCES training_course (id) ON DELETE SET NULL,
    CONSTRAINT ck_activity_times CHECK (ends_at > starts_at),
    INDEX ix_activity_agent_date (agent_id, work_date),
    INDEX ix_activity_roster (roster_id, work_date)
) ENGINE = InnoDB;

-- planning.activity: the night shift's handover note for the next day shift.
CREATE TABLE handover_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    work_date   DATE          NOT NULL,
    agent_id    BIGINT        NULL,
    author      VARCHAR(100)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    row_version BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_handover_site_date UNIQUE (site_id, work_date),
    CONSTRAINT fk_handover_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- DOMAIN.md: weekly meeting Monday 08:00 (the day shift comes in at 08:00), the same briefing for the night shift
-- at 17:00, the 17:30 handover from day to night shift.
INSERT INTO activity_rule (site_id, name, activity_kind, audience, day_of_week, start_time, duration_minutes, paid, active,
                           row_version, created_at, updated_at)
VALUES (NULL, 'Weekly team meeting', 'MEETING', 'DAY_SHIFT', 'MONDAY', '08:00:00', 60, TRUE, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       (NULL, 'Night shift briefing', 'BRIEFING', 'NIGHT_SHIFT', 'MONDAY', '17:00:00', 60, TRUE, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       (NULL, 'Handover day to night', 'HANDOVER', 'NIGHT_SHIFT', NULL, '17:30:00', 15, TRUE, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

-- Day 08:30-17:30: a 15-minute break in each half, lunch (60, unpaid) starting 11:00-13:00; the template's fixed
-- lunch is 12:00. Night 17:30-01:00: breaks in each half, meal (30, unpaid) starting 20:00-22:00; fixed 21:00.
INSERT INTO break_window (template_id, activity_kind, duration_minutes, earliest_start, latest_start, fixed_start, paid,
                          row_version, created_at, updated_at)
SELECT id, 'BREAK', 15, '09:30:00', '11:00:00', '10:00:00', TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM shift_template WHERE code = 'DAY'
UNION ALL SELECT id, 'LUNCH', 60, '11:00:00', '13:00:00', '12:00:00', FALSE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM shift_template WHERE code = 'DAY'
UNION ALL SELECT id, 'BREAK', 15, '14:00:00', '16:15:00', '15:00:00', TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM shift_template WHERE code = 'DAY'
UNION ALL SELECT id, 'BREAK', 15, '18:30:00', '20:00:00', '19:00:00', TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM shift_template WHERE code = 'NIGHT'
UNION ALL SELECT id, 'LUNCH', 30, '20:00:00', '22:00:00', '21:00:00', FALSE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM shift_template WHERE code = 'NIGHT'
UNION ALL SELECT id, 'BREAK', 15, '22:30:00', '00:15:00', '23:00:00', TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM shift_template WHERE code = 'NIGHT';
