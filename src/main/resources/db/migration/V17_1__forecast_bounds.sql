-- Issue 17: prediction bounds of every forecast value (lower and upper quantile of the chosen model's
-- backtest errors by lead day, levels in forecast_run.parameters). NULL for runs made before.
ALTER TABLE forecast_value
    ADD COLUMN lower_volume DOUBLE NULL,
    ADD COLUMN upper_volume DOUBLE NULL;
