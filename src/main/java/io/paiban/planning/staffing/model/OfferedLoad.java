package io.paiban.planning.staffing.model;

/**
 * Contacts offered to one queue in one interval.
 *
 * @param contacts        expected number of arrivals in the interval (a forecast, so fractional)
 * @param intervalMinutes length of the interval
 * @param ahtSeconds      average handle time of one contact (talk + hold + wrap-up)
 */
public record OfferedLoad(double contacts, double intervalMinutes, double ahtSeconds) {

    public OfferedLoad {
        StaffingInputException.requireNonNegative("contacts", contacts);
        StaffingInputException.requirePositive("intervalMinutes", intervalMinutes);
        StaffingInputException.requirePositive("ahtSeconds", ahtSeconds);
    }

    public double arrivalRatePerSecond() {
        return contacts / (intervalMinutes * 60.0);
    }

    /** Offered traffic A = lambda * AHT in Erlangs (average number of agents busy if nobody waited). */
    public double trafficErlangs() {
        return arrivalRatePerSecond() * ahtSeconds;
    }

    public OfferedLoad withAhtSeconds(double newAhtSeconds) {
        return new OfferedLoad(contacts, intervalMinutes, newAhtSeconds);
    }
}
