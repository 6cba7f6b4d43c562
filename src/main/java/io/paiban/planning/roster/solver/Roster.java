package io.paiban.planning.roster.solver;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.ArrayList;
import java.util.List;

/** The roster of one site over the horizon: agent-days to fill and the facts they are judged by. */
@PlanningSolution
public class Roster {

    private Horizon horizon;

    @ProblemFactCollectionProperty
    private List<RosterAgent> agents;

    @ProblemFactCollectionProperty
    private List<RosterQueue> queues;

    @ProblemFactCollectionProperty
    private List<CoverageSlot> coverageSlots;

    @ProblemFactCollectionProperty
    private List<Unavailability> unavailabilities;

    @ProblemFactCollectionProperty
    private List<AgentPreference> preferences;

    @PlanningEntityCollectionProperty
    private List<AgentDay> agentDays;

    @ConstraintConfigurationProvider
    private RosterConstraintConfiguration constraintConfiguration;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public Roster() {
        // for the solution cloner
    }

    public Roster(Horizon horizon, List<RosterAgent> agents, List<RosterQueue> queues, List<CoverageSlot> coverageSlots,
                  List<Unavailability> unavailabilities, List<AgentPreference> preferences, List<AgentDay> agentDays,
                  RosterConstraintConfiguration constraintConfiguration) {
        this.horizon = horizon;
        this.agents = new ArrayList<>(agents);
        this.queues = new ArrayList<>(queues);
        this.coverageSlots = new ArrayList<>(coverageSlots);
        this.unavailabilities = new ArrayList<>(unavailabilities);
        this.preferences = new ArrayList<>(preferences);
        this.agentDays = new ArrayList<>(agentDays);
        this.constraintConfiguration = constraintConfiguration;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public List<RosterAgent> getAgents() {
        return agents;
    }

    public List<RosterQueue> getQueues() {
        return queues;
    }

    public List<CoverageSlot> getCoverageSlots() {
        return coverageSlots;
    }

    public List<Unavailability> getUnavailabilities() {
        return unavailabilities;
    }

    public List<AgentPreference> getPreferences() {
        return preferences;
    }

    public List<AgentDay> getAgentDays() {
        return agentDays;
    }

    public RosterConstraintConfiguration getConstraintConfiguration() {
        return constraintConfiguration;
    }

    public void setConstraintConfiguration(RosterConstraintConfiguration constraintConfiguration) {
        this.constraintConfiguration = constraintConfiguration;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
