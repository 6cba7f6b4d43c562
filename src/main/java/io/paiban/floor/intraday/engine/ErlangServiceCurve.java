package io.paiban.floor.intraday.engine;

import io.paiban.planning.staffing.model.OfferedLoad;
import io.paiban.planning.staffing.model.QueueModel;
import io.paiban.planning.staffing.model.RequirementCalculator;
import io.paiban.planning.staffing.model.ServiceTarget;

/** Phone and chat: the staffing module's queue models (Erlang C/A, chat concurrency), one interval in steady state. */
public record ErlangServiceCurve(QueueModel model, ServiceTarget target, int intervalMinutes) implements ServiceCurve {

    private static final RequirementCalculator CALCULATOR = new RequirementCalculator();

    @Override
    public int required(double volume, double ahtSeconds) {
        if (volume <= 0 || ahtSeconds <= 0) {
            return 0;
        }
        return CALCULATOR.requiredAgents(new OfferedLoad(volume, intervalMinutes, ahtSeconds), target, model).agents();
    }

    @Override
    public double serviceLevel(double volume, double ahtSeconds, int agents) {
        if (volume <= 0 || ahtSeconds <= 0) {
            return 1.0;
        }
        if (agents <= 0) {
            return 0.0;
        }
        double sl = model.metrics(new OfferedLoad(volume, intervalMinutes, ahtSeconds), agents, target.answerWithinSeconds()).serviceLevel();
        return Double.isFinite(sl) ? Math.max(0, Math.min(1, sl)) : 0.0;
    }
}
