package io.paiban.masterdata.calendar;

/** Public holidays change who calls and when; promotions (618, Double 11, Double 12) multiply volume. */
public enum CalendarEventType {
    PUBLIC_HOLIDAY, PROMOTION
}
