package io.paiban.planning.roster.solver;

import io.paiban.kernel.AgentStatus;
import io.paiban.kernel.EmploymentType;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** An agent as a problem fact: skills, contract and history. Identity equality (hot join key). */
public final class RosterAgent {

    private final String id;
    private final AgentStatus status;
    private final EmploymentType employmentType;
    private final Set<String> certifiedQueueIds;
    /** Queue id to the first date the certification no longer holds (a product training missed before its deadline). */
    private final Map<String, LocalDate> certificationLapses;
    private final int contractMinutesPerWeek;
    private final boolean nightEligible;
    private final long hourlyCostFen;
    private final Set<LocalDate> offeredDates;
    private final WorkRules rules;
    private final AgentHistory history;

    private RosterAgent(Builder b) {
        this.id = b.id;
        this.status = b.status;
        this.employmentType = b.employmentType;
        this.certifiedQueueIds = Set.copyOf(b.certifiedQueueIds);
        this.certificationLapses = Map.copyOf(b.certificationLapses);
        this.contractMinutesPerWeek = b.contractMinutesPerWeek;
        this.nightEligible = b.nightEligible;
        this.hourlyCostFen = b.hourlyCostFen;
        this.offeredDates = Set.copyOf(b.offeredDates);
        this.rules = b.rules;
        this.history = b.history;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public boolean isActive() {
        return status == AgentStatus.ACTIVE;
    }

    public boolean isFlexPool() {
        return employmentType == EmploymentType.FLEX_POOL;
    }

    public boolean isCertifiedFor(RosterQueue queue) {
        return certifiedQueueIds.contains(queue.getId());
    }

    /**
     * Certified for the queue on the date: certified, and the date is before the lapse of the certification (an
     * untrained agent loses a queue from the deadline of its product training on).
     */
    public boolean isCertifiedFor(RosterQueue queue, LocalDate date) {
        if (!isCertifiedFor(queue)) {
            return false;
        }
        LocalDate lapse = certificationLapses.get(queue.getId());
        return lapse == null || date.isBefore(lapse);
    }

    public Map<String, LocalDate> getCertificationLapses() {
        return certificationLapses;
    }

    /** In-house agents work any day; flex-pool agents only the days they offered. */
    public boolean isAvailableOn(LocalDate date) {
        return !isFlexPool() || offeredDates.contains(date);
    }

    /** Labour cost of one shift in fen (0.01 yuan): paid time at the hourly rate plus the night premium. */
    public long costFen(ShiftOption shift) {
        long premiumMinutes = (long) shift.getNightMinutes() * rules.nightPremiumPercent() / 100;
        return hourlyCostFen * (shift.getPaidMinutes() + premiumMinutes) / 60;
    }

    public String getId() {
        return id;
    }

    public AgentStatus getStatus() {
        return status;
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public Set<String> getCertifiedQueueIds() {
        return certifiedQueueIds;
    }

    public int getContractMinutesPerWeek() {
        return contractMinutesPerWeek;
    }

    public boolean isNightEligible() {
        return nightEligible;
    }

    public long getHourlyCostFen() {
        return hourlyCostFen;
    }

    public Set<LocalDate> getOfferedDates() {
        return offeredDates;
    }

    public WorkRules getRules() {
        return rules;
    }

    public AgentHistory getHistory() {
        return history;
    }

    @Override
    public String toString() {
        return id;
    }

    public static final class Builder {
        private final String id;
        private AgentStatus status = AgentStatus.ACTIVE;
        private EmploymentType employmentType = EmploymentType.IN_HOUSE;
        private Set<String> certifiedQueueIds = Set.of();
        private Map<String, LocalDate> certificationLapses = Map.of();
        private int contractMinutesPerWeek = 48 * 60;
        private boolean nightEligible = true;
        private long hourlyCostFen = 2_500;
        private Set<LocalDate> offeredDates = Set.of();
        private WorkRules rules = WorkRules.DEFAULT;
        private AgentHistory history = AgentHistory.NONE;

        private Builder(String id) {
            this.id = id;
        }

        public Builder status(AgentStatus value) {
            status = value;
            return this;
        }

        public Builder flexPool(Set<LocalDate> offered) {
            employmentType = EmploymentType.FLEX_POOL;
            offeredDates = offered;
            return this;
        }

        public Builder certifiedFor(Set<String> queueIds) {
            certifiedQueueIds = queueIds;
            return this;
        }

        /** Queue id to the first date the agent may no longer serve it. */
        public Builder certificationLapses(Map<String, LocalDate> lapses) {
            certificationLapses = lapses;
            return this;
        }

        public Builder contractMinutesPerWeek(int value) {
            contractMinutesPerWeek = value;
            return this;
        }

        public Builder nightEligible(boolean value) {
            nightEligible = value;
            return this;
        }

        public Builder hourlyCostFen(long value) {
            hourlyCostFen = value;
            return this;
        }

        public Builder rules(WorkRules value) {
            rules = value;
            return this;
        }

        public Builder history(AgentHistory value) {
            history = value;
            return this;
        }

        public RosterAgent build() {
            return new RosterAgent(this);
        }
    }
}
