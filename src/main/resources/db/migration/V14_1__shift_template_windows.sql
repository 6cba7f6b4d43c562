-- Shift templates offered every day (STANDARD) or only inside the date windows a site or a client enables
-- (WINDOWED: the peak templates, enabled for a promotion or a holiday period).
ALTER TABLE shift_template ADD COLUMN offering VARCHAR(10) NOT NULL DEFAULT 'STANDARD';
UPDATE shift_template SET offering = 'WINDOWED' WHERE shift_kind = 'PEAK';

CREATE TABLE shift_template_window (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_id BIGINT       NOT NULL,
    site_id     BIGINT       NULL,
    client_id   BIGINT       NULL,
    first_date  DATE         NOT NULL,
    last_date   DATE         NOT NULL,
    note        VARCHAR(500) NULL,
    row_version BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_window_template FOREIGN KEY (template_id) REFERENCES shift_template (id) ON DELETE CASCADE,
    CONSTRAINT fk_window_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_window_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT ck_window_owner CHECK ((site_id IS NULL) <> (client_id IS NULL)),
    CONSTRAINT ck_window_dates CHECK (last_date >= first_date),
    INDEX ix_window_dates (first_date, last_date)
) ENGINE = InnoDB;
