-- Master data of a contact-center vendor: the client shops it serves, its floors (sites),
-- the queues it answers, its agents and their certifications, shift templates, and the
-- calendar of holidays and promotions. Instants are stored in UTC as DATETIME(6).

CREATE TABLE client (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    platform      VARCHAR(20)  NOT NULL,
    row_version   BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_client_code UNIQUE (code)
) ENGINE = InnoDB;

CREATE TABLE client_service_standard (
    client_id         BIGINT       NOT NULL,
    list_index        INT          NOT NULL,
    channel           VARCHAR(10)  NOT NULL,
    queue_function    VARCHAR(20)  NULL,
    target_kind       VARCHAR(20)  NOT NULL,
    target_share      DECIMAL(5,4) NOT NULL,
    threshold_seconds INT          NULL,
    business_hours    BOOLEAN      NOT NULL,
    cutoff_time       TIME         NULL,
    reply_by_time     TIME         NULL,
    description       VARCHAR(300) NULL,
    PRIMARY KEY (client_id, list_index),
    CONSTRAINT fk_standard_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE site (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    row_version BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_site_code UNIQUE (code)
) ENGINE = InnoDB;

CREATE TABLE service_queue (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                   VARCHAR(40)  NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    client_id              BIGINT       NOT NULL,
    site_id                BIGINT       NOT NULL,
    channel                VARCHAR(10)  NOT NULL,
    queue_function         VARCHAR(20)  NOT NULL,
    target_kind            VARCHAR(20)  NOT NULL,
    target_share           DECIMAL(5,4) NOT NULL,
    threshold_seconds      INT          NULL,
    business_hours         BOOLEAN      NOT NULL,
    cutoff_time            TIME         NULL,
    reply_by_time          TIME         NULL,
    default_handle_seconds INT          NOT NULL,
    chat_concurrency       INT          NOT NULL,
    row_version            BIGINT       NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    CONSTRAINT uk_queue_code UNIQUE (code),
    CONSTRAINT fk_queue_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_queue_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE = InnoDB;

CREATE TABLE queue_opening_hours (
    queue_id    BIGINT     NOT NULL,
    list_index  INT        NOT NULL,
    day_of_week VARCHAR(9) NOT NULL,
    opens_at    TIME       NOT NULL,
    closes_at   TIME       NOT NULL,
    PRIMARY KEY (queue_id, list_index),
    CONSTRAINT fk_hours_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE agent (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_no             VARCHAR(40)   NOT NULL,
    full_name               VARCHAR(200)  NOT NULL,
    site_id                 BIGINT        NOT NULL,
    employment_type         VARCHAR(20)   NOT NULL,
    agent_status            VARCHAR(20)   NOT NULL,
    contract_hours_per_week DECIMAL(5,2)  NOT NULL,
    night_eligible          BOOLEAN       NOT NULL,
    hourly_cost             DECIMAL(10,2) NOT NULL,
    hired_on                DATE          NULL,
    row_version             BIGINT        NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    CONSTRAINT uk_agent_employee_no UNIQUE (employee_no),
    CONSTRAINT fk_agent_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE = InnoDB;

CREATE TABLE agent_certification (
    agent_id     BIGINT NOT NULL,
    queue_id     BIGINT NOT NULL,
    certified_on DATE   NOT NULL,
    PRIMARY KEY (agent_id, queue_id),
    CONSTRAINT fk_cert_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_cert_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id)
) ENGINE = InnoDB;

CREATE TABLE shift_template (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    shift_kind   VARCHAR(10)  NOT NULL,
    start_time   TIME         NOT NULL,
    end_time     TIME         NOT NULL,
    paid_minutes INT          NOT NULL,
    active       BOOLEAN      NOT NULL,
    row_version  BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_shift_template_code UNIQUE (code)
) ENGINE = InnoDB;

CREATE TABLE shift_template_break (
    template_id      BIGINT  NOT NULL,
    list_index       INT     NOT NULL,
    offset_minutes   INT     NOT NULL,
    duration_minutes INT     NOT NULL,
    paid             BOOLEAN NOT NULL,
    PRIMARY KEY (template_id, list_index),
    CONSTRAINT fk_break_template FOREIGN KEY (template_id) REFERENCES shift_template (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE calendar_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    event_type    VARCHAR(20)  NOT NULL,
    event_key     VARCHAR(40)  NULL,
    client_id     BIGINT       NULL,
    start_date    DATE         NOT NULL,
    end_date      DATE         NOT NULL,
    volume_factor DECIMAL(6,3) NULL,
    notes         VARCHAR(500) NULL,
    row_version   BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_event_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    INDEX ix_event_dates (start_date, end_date)
) ENGINE = InnoDB;

-- Per-queue, per-interval contact history (offered, answered, abandoned, handle time).
CREATE TABLE contact_history (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    queue_id         BIGINT      NOT NULL,
    interval_start   DATETIME(6) NOT NULL,
    interval_minutes SMALLINT    NOT NULL,
    offered          INT         NOT NULL,
    answered         INT         NOT NULL,
    abandoned        INT         NOT NULL,
    aht_seconds      DOUBLE      NULL,
    CONSTRAINT uk_history_queue_interval UNIQUE (queue_id, interval_start),
    CONSTRAINT fk_history_queue FOREIGN KEY (queue_id) REFERENCES service_queue (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The shift templates named in the attendance rules (day 08:30-17:30, night 17:30-01:00) and two
-- peak templates for promotions (the Double 11 midnight launch and the afternoon-evening surge).
INSERT INTO shift_template (code, name, shift_kind, start_time, end_time, paid_minutes, active, row_version, created_at, updated_at)
VALUES ('DAY', 'Day shift 08:30-17:30', 'DAY', '08:30:00', '17:30:00', 480, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('NIGHT', 'Night shift 17:30-01:00', 'NIGHT', '17:30:00', '01:00:00', 420, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('PEAK_MID', 'Peak mid shift 12:00-21:00', 'PEAK', '12:00:00', '21:00:00', 480, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('PEAK_LATE', 'Peak launch shift 20:00-04:00', 'PEAK', '20:00:00', '04:00:00', 450, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

-- Meal breaks are unpaid: day 12:00-13:00, night 21:00-21:30, peak mid 16:00-17:00, peak late 02:30-03:00.
INSERT INTO shift_template_break (template_id, list_index, offset_minutes, duration_minutes, paid)
SELECT id, 0, 210, 60, FALSE FROM shift_template WHERE code = 'DAY'
UNION ALL SELECT id, 0, 210, 30, FALSE FROM shift_template WHERE code = 'NIGHT'
UNION ALL SELECT id, 0, 240, 60, FALSE FROM shift_template WHERE code = 'PEAK_MID'
UNION ALL SELECT id, 0, 390, 30, FALSE FROM shift_template WHERE code = 'PEAK_LATE';
