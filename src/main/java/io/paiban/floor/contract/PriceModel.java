package io.paiban.floor.contract;

/** How the vendor is paid (DOMAIN.md: fixed fee, by volume, or base plus commission). */
public enum PriceModel {
    /** seats x monthly seat fee */
    FIXED_PER_SEAT,
    /** handled contacts (answered live contacts plus first replies to items) x fee per contact */
    PER_CONTACT,
    /** monthly base fee plus a rate on sales tagged with the agent's id; a deposit is held */
    BASE_PLUS_COMMISSION
}
