-- Issue 17: holiday calendars for any site. A site names its calendar; an event may belong to a named
-- calendar (then it applies to the sites naming it; NULL = every site, as before) and may mark the
-- center closed on its days (closed days are missing in history, 0 in the forecast, refused in imports).
ALTER TABLE site
    ADD COLUMN holiday_calendar VARCHAR(40) NULL;
ALTER TABLE calendar_event
    ADD COLUMN calendar_name VARCHAR(40) NULL,
    ADD COLUMN closed BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_event_calendar (calendar_name, start_date);
