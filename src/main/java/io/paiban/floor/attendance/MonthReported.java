package io.paiban.floor.attendance;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Fired (synchronously, inside the job's transaction) once a site's monthly attendance report is generated, so that
 * later monthly steps such as the assessment run on it without the attendance job knowing them.
 */
public record MonthReported(long siteId, YearMonth month, Instant at) {
}
