package io.paiban.benchmark;

import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.Roster;
import org.optaplanner.persistence.common.api.domain.solution.SolutionFileIO;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the Benchmarker reads and writes rosters: the input is a dataset spec file (the problem is generated from
 * it, see {@link RosterDataset}), the output the solved duties, one {@code agentDayId=dutyId} line per working
 * agent-day, which {@link RosterDataset#withAssignment} puts back on the regenerated problem.
 */
public class RosterAssignmentFileIO implements SolutionFileIO<Roster> {

    public static final String OUTPUT_EXTENSION = "assignment";

    @Override
    public String getInputFileExtension() {
        return RosterDataset.EXTENSION;
    }

    @Override
    public String getOutputFileExtension() {
        return OUTPUT_EXTENSION;
    }

    @Override
    public Roster read(File inputSolutionFile) {
        return RosterDataset.load(inputSolutionFile.toPath()).problem();
    }

    @Override
    public void write(Roster roster, File outputSolutionFile) {
        try (Writer out = Files.newBufferedWriter(outputSolutionFile.toPath(), StandardCharsets.UTF_8)) {
            out.write("# score " + roster.getScore() + "\n");
            for (AgentDay day : roster.getAgentDays()) {
                if (day.getDuty() != null) {
                    out.write(day.getId() + "=" + day.getDuty().getId() + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> readAssignment(Path file) {
        Map<String, String> duties = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    duties.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return duties;
    }
}
