package io.paiban.floor.servicelevel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of service-level tracking, under {@code paiban.service-level}. */
@ConfigMapping(prefix = "paiban.service-level")
public interface ServiceLevelConfig {

    /**
     * Abandons before this many seconds of waiting are "short abandons" (misdials, callers who hang up at
     * once); the ACD counts them under this threshold and imports may name another per file.
     */
    @WithDefault("5")
    int shortAbandonSeconds();

    /**
     * A complaint is handled in time when closed within this many hours of its receipt (elapsed, nights included). Seed 004
     * names complaint-handling timeliness as a contract metric without a deadline: 24 hours, the email standard, is the
     * assumed default.
     */
    @WithDefault("24")
    int complaintHandlingHours();
}
