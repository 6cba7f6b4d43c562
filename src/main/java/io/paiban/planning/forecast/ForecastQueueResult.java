package io.paiban.planning.forecast;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Per queue of a run: the model used and why (backtest table), as written by the run; never edited. */
@Entity
@Table(name = "forecast_queue_result")
public class ForecastQueueResult extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public Long runId;

    @Column(name = "queue_id", nullable = false)
    public Long queueId;

    @Column(name = "model_name", nullable = false, length = 80)
    public String modelName;

    @Column(nullable = false)
    public boolean forced;

    @Column(name = "backtest_wape")
    public Double backtestWape;

    @Column(name = "backtest_bias")
    public Double backtestBias;

    @Column(name = "backtest_table", nullable = false, columnDefinition = "TEXT")
    public String backtestTable;

    @Column(name = "fitted_parameters", nullable = false, columnDefinition = "TEXT")
    public String fittedParameters;

    @Column(name = "applied_effects", nullable = false, columnDefinition = "TEXT")
    public String appliedEffects;

    @Column(name = "history_intervals", nullable = false)
    public int historyIntervals;

    @Column(name = "missing_intervals", nullable = false)
    public int missingIntervals;
}
