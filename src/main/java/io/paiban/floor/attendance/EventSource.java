package io.paiban.floor.attendance;

/** How an attendance event arrived: one REST call or a device's CSV batch. */
public enum EventSource {
    REST, CSV
}
