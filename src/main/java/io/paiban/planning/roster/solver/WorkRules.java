package io.paiban.planning.roster.solver;

/**
 * Working-time rules of an agent's contract. They sit on the agent (not in the weights) because
 * they are facts of the contract that a hard constraint must read, and contracts may differ.
 *
 * @param minRestMinutes      least time between the end of one shift and the start of the next
 * @param maxConsecutiveDays  most working days in a row, history included (做六休一: 6)
 * @param nightPremiumPercent extra pay on night minutes ({@link io.paiban.kernel.NightWork}: worked between 22:00 and 06:00)
 */
public record WorkRules(int minRestMinutes, int maxConsecutiveDays, int nightPremiumPercent) {

    public static final WorkRules DEFAULT = new WorkRules(10 * 60, 6, 20);

    public WorkRules {
        if (minRestMinutes < 0 || maxConsecutiveDays < 1 || nightPremiumPercent < 0) {
            throw new IllegalArgumentException("invalid work rules " + minRestMinutes + "/" + maxConsecutiveDays + "/" + nightPremiumPercent);
        }
    }
}
