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
}
