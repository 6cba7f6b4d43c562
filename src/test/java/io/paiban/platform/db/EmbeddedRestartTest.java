package io.paiban.platform.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A start after kill -9 of the service's JVM: the orphaned server is found by its pid file and stopped. */
class EmbeddedRestartTest {

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void theNextStartStopsTheServerLeftByAKilledJvm() throws Exception {
        Path home = Path.of("target", "restart-test-mariadb").toAbsolutePath();
        io.paiban.support.MariaDbTestResource.deleteRecursively(home.resolve("data"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                EmbeddedDbChild.class.getName(), home.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            boolean ready = false;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY")) {
                    ready = true;
                    break;
                }
            }
            assertTrue(ready, "the child JVM started its server");
            long serverPid = Long.parseLong(Files.readString(home.resolve("data").resolve(EmbeddedMariaDb.PID_FILE)).strip());
            new ProcessBuilder("kill", "-9", String.valueOf(child.pid())).start().waitFor();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertTrue(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false),
                    "kill -9 of the JVM leaves its MariaDB running");

            Instant start = Instant.now();
            try (EmbeddedMariaDb db = EmbeddedMariaDb.startDisposable(home, 0)) {
                // no time bound here (a loaded machine starts MariaDB slowly): without the fix the start does not
                // succeed at all, it fails on "Unable to lock ./ibdata1" while the orphan holds the data folder
                System.out.println("the next start took " + Duration.between(start, Instant.now()));
                assertFalse(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false), "the old server is stopped");
                assertTrue(db.alive());
            }
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aDataFolderUnderTheTempFolderIsRefusedWithAClearMessage() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"), "paiban-db");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EmbeddedMariaDb.refuseTempFolder(temp.resolve("data")));
        assertTrue(e.getMessage().contains("paiban.embedded-db.dir"), e.getMessage());
        // a folder outside the temp folder passes (the checkout itself may lie under /tmp, so not target/)
        EmbeddedMariaDb.refuseTempFolder(Path.of(System.getProperty("user.home"), ".paiban", "mariadb", "data"));
    }
}
