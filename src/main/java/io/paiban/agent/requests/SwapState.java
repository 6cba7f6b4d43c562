package io.paiban.agent.requests;

/**
 * A swap is PROPOSED by one agent; the counterpart declines it (DECLINED) or accepts it, upon which it is checked against the
 * hard rules: broken rules end it (REJECTED_BY_RULES), otherwise it waits for a supervisor (PENDING_APPROVAL) who approves
 * (APPROVED, written to the published roster) or refuses it (REFUSED). The proposer may cancel it until it is decided.
 */
public enum SwapState {
    PROPOSED, PENDING_APPROVAL, DECLINED, CANCELLED, REJECTED_BY_RULES, APPROVED, REFUSED;

    public boolean isOpen() {
        return this == PROPOSED || this == PENDING_APPROVAL;
    }
}
