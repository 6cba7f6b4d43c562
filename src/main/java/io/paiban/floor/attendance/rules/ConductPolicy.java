package io.paiban.floor.attendance.rules;

import java.math.BigDecimal;

/**
 * Fines for conduct violations per calendar month, in yuan.
 *
 * @param refusalFirstFine     first refused call / private talk of the month (100)
 * @param refusalSecondFine    second of the month (300)
 * @param refusalsForDismissal the n-th of the month flags dismissal (3)
 * @param privateCallFine      each private call on a company phone (100)
 * @param fraudMinimumFine     fraud: this or the loss when larger (500); always flags dismissal and damages
 */
public record ConductPolicy(BigDecimal refusalFirstFine, BigDecimal refusalSecondFine, int refusalsForDismissal,
                            BigDecimal privateCallFine, BigDecimal fraudMinimumFine) {

    public static final ConductPolicy DEFAULTS = new ConductPolicy(new BigDecimal("100.00"), new BigDecimal("300.00"), 3,
            new BigDecimal("100.00"), new BigDecimal("500.00"));
}
