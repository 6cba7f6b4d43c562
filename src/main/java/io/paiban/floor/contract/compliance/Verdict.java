package io.paiban.floor.contract.compliance;

/** A standard's result for one month. NO_DATA (no contacts, or before the contract started) is neither met nor missed. */
public enum Verdict {
    MET, MISSED, NO_DATA
}
