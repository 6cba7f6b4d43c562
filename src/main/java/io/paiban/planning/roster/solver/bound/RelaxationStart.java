package io.paiban.planning.roster.solver.bound;

import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.planning.roster.solver.Roster;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.util.HashMap;
import java.util.Map;

/**
 * A construction phase that starts from the linear relaxation: column generation ({@link CoverageRelaxation}) for at
 * most {@code seconds}, then every agent of a type gets one of the type's schedules in proportion to the master's
 * solution (largest remainder). The result keeps the per-agent rules the relaxation models; local search handles
 * the rest (soft goals, the rules the relaxation leaves out). A working solution that is already complete and
 * scores better (a restart from a saved roster) is kept.
 *
 * <pre>
 * &lt;customPhase&gt;
 *   &lt;customPhaseCommandClass&gt;io.paiban.planning.roster.solver.bound.RelaxationStart&lt;/customPhaseCommandClass&gt;
 *   &lt;customProperties&gt;&lt;property name="seconds" value="10"/&gt;&lt;/customProperties&gt;
 * &lt;/customPhase&gt;
 * </pre>
 */
public class RelaxationStart implements CustomPhaseCommand<Roster> {

    private static final Logger LOG = Logger.getLogger(RelaxationStart.class);

    private double seconds = 10;

    public void setSeconds(double seconds) {
        this.seconds = seconds;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector) {
        Roster roster = scoreDirector.getWorkingSolution();
        InnerScoreDirector<Roster, HardMediumSoftLongScore> inner = (InnerScoreDirector<Roster, HardMediumSoftLongScore>) scoreDirector;
        HardMediumSoftLongScore before = inner.calculateScore();
        CoverageRelaxation.Result result = new CoverageRelaxation(roster).solve((long) (seconds * 1000));
        Map<AgentDay, Duty> previous = new HashMap<>();
        for (Map.Entry<AgentDay, Duty> e : result.rounded().entrySet()) {
            AgentDay day = e.getKey();
            if (day.isPinned()) {
                continue;
            }
            Duty duty = e.getValue();
            if (duty != null && !day.getDutyOptions().contains(duty)) {
                continue;
            }
            previous.put(day, day.getDuty());
            set(scoreDirector, day, duty);
        }
        scoreDirector.triggerVariableListeners();
        HardMediumSoftLongScore after = inner.calculateScore();
        if (before.isSolutionInitialized() && before.compareTo(after) > 0) {
            previous.forEach((day, duty) -> set(scoreDirector, day, duty));
            scoreDirector.triggerVariableListeners();
            LOG.debugf("Relaxation start %s kept the given roster %s", after, before);
        } else {
            LOG.debugf("Relaxation start: bound %d, LP %.1f (%s, %d iterations, %d columns, %d ms), start %s",
                    result.lowerBound(), result.lpValue(), result.converged() ? "converged" : "time limit", result.iterations(),
                    result.columns(), result.millis(), after);
        }
    }

    private static void set(ScoreDirector<Roster> scoreDirector, AgentDay day, Duty duty) {
        if (day.getDuty() == duty) {
            return;
        }
        scoreDirector.beforeVariableChanged(day, "duty");
        day.setDuty(duty);
        scoreDirector.afterVariableChanged(day, "duty");
    }
}
