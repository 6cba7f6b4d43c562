package io.paiban.platform.db;

import java.nio.file.Path;

/** Started as a separate JVM by {@link EmbeddedRestartTest}: starts the embedded server, says READY, waits to be killed. */
public final class EmbeddedDbChild {

    private EmbeddedDbChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMariaDb db = EmbeddedMariaDb.startDisposable(Path.of(args[0]), 0);
        System.out.println("READY " + db.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
