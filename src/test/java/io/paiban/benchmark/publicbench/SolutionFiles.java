package io.paiban.benchmark.publicbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes and reads a roster as the benchmark's roster grid: one line per employee in the instance's staff order,
 * one tab-separated cell per day of the horizon holding the shift ID, or nothing for a day off. The runner writes
 * the file, reads it back and evaluates what it read, so the figures are those of the file on disk.
 */
public final class SolutionFiles {

    private SolutionFiles() {
    }

    public static String format(BenchInstance instance, int[][] roster) {
        StringBuilder out = new StringBuilder();
        for (Staff e : instance.staff()) {
            int[] row = roster[e.index()];
            for (int d = 0; d < instance.horizon(); d++) {
                if (d > 0) {
                    out.append('\t');
                }
                if (row[d] >= 0) {
                    out.append(instance.shifts().get(row[d]).id());
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static void write(Path file, BenchInstance instance, int[][] roster) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, format(instance, roster), StandardCharsets.UTF_8);
    }

    public static int[][] read(Path file, BenchInstance instance) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8), instance);
    }

    public static int[][] parse(String source, List<String> lines, BenchInstance instance) {
        int staff = instance.staff().size();
        if (lines.size() != staff) {
            throw new InstanceFormatException(source, Math.min(lines.size(), staff) + 1,
                    "expected " + staff + " roster lines, got " + lines.size());
        }
        int[][] roster = new int[staff][instance.horizon()];
        for (int e = 0; e < staff; e++) {
            String[] cells = lines.get(e).split("\t", -1);
            if (cells.length != instance.horizon()) {
                throw new InstanceFormatException(source, e + 1,
                        "expected " + instance.horizon() + " tab-separated days, got " + cells.length);
            }
            for (int d = 0; d < cells.length; d++) {
                String id = cells[d].strip();
                roster[e][d] = -1;
                if (!id.isEmpty()) {
                    int index = instance.shifts().stream().filter(t -> t.id().equals(id)).mapToInt(ShiftType::index)
                            .findFirst().orElse(-1);
                    if (index < 0) {
                        throw new InstanceFormatException(source, e + 1, "unknown shift '" + id + "' on day " + d);
                    }
                    roster[e][d] = index;
                }
            }
        }
        return roster;
    }
}
