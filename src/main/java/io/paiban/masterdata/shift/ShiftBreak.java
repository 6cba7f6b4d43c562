package io.paiban.masterdata.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A break inside a shift, placed by its offset from the shift start; the agent is not available during it. */
@Embeddable
public class ShiftBreak {

    @Column(name = "offset_minutes", nullable = false)
    public int offsetMinutes;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "paid", nullable = false)
    public boolean paid;

    public ShiftBreak() {
    }

    public ShiftBreak(int offsetMinutes, int durationMinutes, boolean paid) {
        this.offsetMinutes = offsetMinutes;
        this.durationMinutes = durationMinutes;
        this.paid = paid;
    }
}
