package io.paiban.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Paiban's own settings, under the {@code paiban.} prefix. */
@ConfigMapping(prefix = "paiban")
public interface PaibanConfig {

    EmbeddedDb embeddedDb();

    Demo demo();

    Staffing staffing();

    Roster roster();

    Cluster cluster();

    interface Cluster {
        /** This replica's name as owner of solve leases and runner of scheduled jobs; default host name + random suffix. */
        Optional<String> instanceId();
    }

    interface Roster {
        /** Solve jobs running at once; each uses one core. Further jobs wait as QUEUED. */
        @WithDefault("1")
        int maxConcurrentSolves();

        /** Jobs that may wait for a solver thread; beyond that a new solve is refused with 409. */
        @WithDefault("8")
        int maxQueuedJobs();

        /** Score points kept in memory per live job for the progress stream. */
        @WithDefault("1000")
        int scorePointsKept();

        /** How often the best roster of a running job is written (coalesced); read by the scheduler. */
        @WithDefault("2s")
        String saveEvery();

        /** Most seconds the lower bound next to a solve may take (never more than the job's time limit). */
        @WithDefault("60")
        int boundSeconds();

        /**
         * Solver threads per solve (OptaPlanner moveThreadCount): NONE (one thread), AUTO, or a number. A 4-core pod
         * may run max-concurrent-solves=2 with 2 threads each; a 2-core pod one solve with NONE.
         */
        @WithDefault("NONE")
        String moveThreadCount();

        /** Seconds a claimed job stays this replica's without renewal; the owner renews it every save-every. */
        @WithDefault("30")
        int leaseSeconds();

        /** How often an idle worker looks for a QUEUED job or an expired lease in the database. */
        @WithDefault("2s")
        String pollEvery();

        /** Claims of one job at most (the first plus takeovers); a job that keeps losing its pod then ends FAILED. */
        @WithDefault("3")
        int maxAttempts();
    }

    interface Staffing {
        /**
         * Shrinkage used where no rule applies: meetings 5%, training 5%, absence 10%; breaks 0
         * because shift templates place breaks and the roster counts them as unavailable.
         */
        @WithDefault("0.20")
        double defaultShrinkage();
    }

    interface EmbeddedDb {
        /** Whether the embedded MariaDB may be started when no external datasource is set. */
        @WithDefault("true")
        boolean enabled();

        /** Set by the launcher when this process runs on the embedded server. */
        @WithDefault("false")
        boolean active();

        /** Folder holding the server binaries and the data directory (default ~/.paiban/mariadb). */
        Optional<String> dir();

        /** TCP port of the embedded server; 0 picks a free port at each start. */
        @WithDefault("0")
        int port();

        /** Set by the launcher: the data directory in use. */
        Optional<String> dataDir();

        /** How often the watchdog checks that the embedded server still runs, and restarts it if not (read by its schedule). */
        @WithDefault("5s")
        String watchEvery();
    }

    interface Demo {
        /** Load the demo contact center when the embedded database holds no client yet. */
        @WithDefault("true")
        boolean loadOnFirstStart();

        /** Seed of the demo generator; the same seed gives the same center. */
        @WithDefault("20261111")
        long seed();

        @WithDefault("150")
        int agents();

        @WithDefault("8")
        int queues();

        @WithDefault("26")
        int weeks();
    }
}
