package io.paiban.planning.staffing.model;

/**
 * Thrown when an input or a target is invalid or cannot be met within the configured bounds.
 * The offending field is carried separately so that an API layer can map it to a form field.
 */
public class StaffingInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public StaffingInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    static double requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new StaffingInputException(field, "must be a finite number, was " + value);
        }
        return value;
    }

    static double requireNonNegative(String field, double value) {
        requireFinite(field, value);
        if (value < 0) {
            throw new StaffingInputException(field, "must not be negative, was " + value);
        }
        return value;
    }

    static double requirePositive(String field, double value) {
        requireFinite(field, value);
        if (value <= 0) {
            throw new StaffingInputException(field, "must be greater than 0, was " + value);
        }
        return value;
    }
}
