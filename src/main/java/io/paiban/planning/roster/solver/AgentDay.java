package io.paiban.planning.roster.solver;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.time.LocalDate;
import java.util.List;

/**
 * One agent on one day of the horizon: the duty worked, or null for a day off. Being one entity per
 * agent-day makes "at most one shift per agent-day" structural.
 */
@PlanningEntity
public class AgentDay {

    @PlanningId
    private String id;
    private RosterAgent agent;
    private int dayIndex;
    private LocalDate date;
    private int weekIndex;
    private List<Duty> dutyOptions;
    private Published published;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "dutyOptions", nullable = true)
    private Duty duty;

    public AgentDay() {
        // for the solution cloner
    }

    public AgentDay(RosterAgent agent, int dayIndex, LocalDate date, int weekIndex, List<Duty> dutyOptions) {
        this.id = agent.getId() + "/" + date;
        this.agent = agent;
        this.dayIndex = dayIndex;
        this.date = date;
        this.weekIndex = weekIndex;
        this.dutyOptions = List.copyOf(dutyOptions);
    }

    @ValueRangeProvider(id = "dutyOptions")
    public List<Duty> getDutyOptions() {
        return dutyOptions;
    }

    public boolean isWorking() {
        return duty != null;
    }

    public boolean isWeekend() {
        return Horizon.isWeekend(date);
    }

    public ShiftOption getShift() {
        return duty == null ? null : duty.getShift();
    }

    public RosterQueue getQueue() {
        return duty == null ? null : duty.getQueue();
    }

    public List<CoverageSlot> getCoveredSlots() {
        return duty == null ? List.of() : duty.getCoveredSlots();
    }

    public boolean covers(CoverageSlot slot) {
        return duty != null && duty.covers(slot);
    }

    public String getId() {
        return id;
    }

    public RosterAgent getAgent() {
        return agent;
    }

    public int getDayIndex() {
        return dayIndex;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getWeekIndex() {
        return weekIndex;
    }

    public Published getPublished() {
        return published;
    }

    public void setPublished(Published published) {
        this.published = published;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Duty getDuty() {
        return duty;
    }

    public void setDuty(Duty duty) {
        this.duty = duty;
    }

    @Override
    public String toString() {
        return id + "=" + (duty == null ? "off" : duty.getId());
    }
}
