package io.paiban.planning.roster.solver;

import java.util.HashMap;
import java.util.Map;

/**
 * How well a roster meets the requirement, counted in agent-intervals: required, met (present up to the
 * requirement), short and surplus. For reports and tests; the solver itself scores through the constraints.
 */
public record CoverageSummary(long required, long met, long short_, long surplus) {

    public static CoverageSummary of(Roster roster) {
        Map<CoverageSlot, Integer> present = new HashMap<>();
        for (AgentDay day : roster.getAgentDays()) {
            for (CoverageSlot slot : day.getCoveredSlots()) {
                present.merge(slot, 1, Integer::sum);
            }
        }
        long required = 0;
        long met = 0;
        long surplus = 0;
        for (CoverageSlot slot : roster.getCoverageSlots()) {
            int agents = present.getOrDefault(slot, 0);
            required += slot.getRequired();
            met += Math.min(agents, slot.getRequired());
            surplus += Math.max(0, agents - slot.getRequired());
        }
        return new CoverageSummary(required, met, required - met, surplus);
    }

    /** Share of required agent-intervals that are staffed, 1 when nothing is required. */
    public double metShare() {
        return required == 0 ? 1.0 : (double) met / required;
    }
}
