package io.paiban.floor.intraday.engine;

/**
 * Knobs of the intraday planner (see docs/intraday.md for the defaults and why).
 *
 * @param lookbackMinutes      window of finished intervals the reforecast ratio is measured on
 * @param dampingWeight        weight of the observed ratio against 1 (0 = ignore actuals, 1 = trust them fully)
 * @param minRatio             lowest reforecast factor
 * @param maxRatio             highest reforecast factor
 * @param minForecastVolume    forecast contacts the window needs before its ratio is used
 * @param leadMinutes          notice before a move or VTO takes effect
 * @param overtimePremium      overtime pay as a multiple of the hourly cost
 * @param overtimeStepMinutes  extensions come in steps of this length
 * @param minOvertimeMinutes   shortest extension offered
 * @param maxOvertimeMinutes   longest extension offered
 * @param callInLeadMinutes    how long a called-in flex agent needs to arrive
 * @param callInMinutes        longest call-in shift
 * @param minCallInMinutes     shortest (and minimum paid) call-in shift
 * @param minVtoMinutes        shortest voluntary time off worth offering
 * @param maxActions           most actions one run proposes
 */
public record PlanSettings(int lookbackMinutes, double dampingWeight, double minRatio, double maxRatio, double minForecastVolume,
                           int leadMinutes, double overtimePremium, int overtimeStepMinutes, int minOvertimeMinutes, int maxOvertimeMinutes,
                           int callInLeadMinutes, int callInMinutes, int minCallInMinutes, int minVtoMinutes, int maxActions) {

    public static PlanSettings defaults() {
        return new PlanSettings(180, 0.8, 0.5, 2.0, 20, 0, 1.5, 30, 30, 120, 60, 240, 120, 60, 40);
    }
}
