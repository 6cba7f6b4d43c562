package io.paiban.planning.staffing.model;

/** The inputs are valid but no staffing within the search bound meets the target. */
public final class UnreachableTargetException extends StaffingInputException {

    private static final long serialVersionUID = 1L;

    public UnreachableTargetException(String field, String message) {
        super(field, message);
    }
}
