package io.paiban.floor.intraday;

import io.paiban.floor.intraday.engine.PlanSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of intraday management (prefix paiban.intraday); docs/intraday.md explains each. */
@ConfigMapping(prefix = "paiban.intraday")
public interface IntradayConfig {

    /** The scheduled job runs only when true; tests switch it off and run on demand. */
    @WithDefault("true")
    boolean enabled();

    /** How often the job runs (a Quarkus duration such as 15m); read by the @Scheduled annotation. */
    @WithDefault("15m")
    String every();

    /** The first run after a start (a Quarkus duration); read by the @Scheduled annotation. */
    @WithDefault("1m")
    String delay();

    /** Runs kept per site; older runs without accepted actions are deleted. */
    @WithDefault("96")
    int keepRuns();

    /** Minutes after a shift's start without a clock-in that make the agent a no-show. */
    @WithDefault("15")
    int noShowMinutes();

    /** Real-time adherence: minutes a contradiction may last before the agent is listed. */
    @WithDefault("5")
    int adherenceToleranceMinutes();

    @WithDefault("180")
    int lookbackMinutes();

    @WithDefault("0.8")
    double dampingWeight();

    @WithDefault("0.5")
    double minRatio();

    @WithDefault("2.0")
    double maxRatio();

    @WithDefault("20")
    double minForecastVolume();

    @WithDefault("0")
    int leadMinutes();

    @WithDefault("1.5")
    double overtimePremium();

    @WithDefault("30")
    int overtimeStepMinutes();

    @WithDefault("30")
    int minOvertimeMinutes();

    @WithDefault("120")
    int maxOvertimeMinutes();

    @WithDefault("60")
    int callInLeadMinutes();

    @WithDefault("240")
    int callInMinutes();

    @WithDefault("120")
    int minCallInMinutes();

    @WithDefault("60")
    int minVtoMinutes();

    @WithDefault("40")
    int maxActions();

    /** Least rest between two shifts, as the roster's hard rule (10 h). */
    @WithDefault("600")
    int minRestMinutes();

    default PlanSettings settings() {
        return new PlanSettings(lookbackMinutes(), dampingWeight(), minRatio(), maxRatio(), minForecastVolume(), leadMinutes(),
                overtimePremium(), overtimeStepMinutes(), minOvertimeMinutes(), maxOvertimeMinutes(), callInLeadMinutes(),
                callInMinutes(), minCallInMinutes(), minVtoMinutes(), maxActions());
    }
}
