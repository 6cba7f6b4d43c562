package io.paiban.benchmark;

import io.paiban.demo.DemoCenter;
import io.paiban.demo.DemoCenter.QueueSpec;
import io.paiban.demo.DemoCenterGenerator;
import io.paiban.demo.DemoCenterSpec;
import io.paiban.demo.DemoDemandModel;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.planning.roster.solver.Horizon;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.staffing.model.OfferedLoad;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A benchmark dataset: a spec file under benchmarks/roster/datasets/ turned deterministically into the demo
 * center and the roster problem (no generated data is stored). The requirement is the history mean of the
 * last four weeks scaled by the generator's demand model for calendar effects ({@link DemoDemandModel}).
 */
public record RosterDataset(String name, Spec spec, DemoCenter center, Roster problem,
                            Map<String, OfferedLoad[]> loads, double shrinkage) {

    /** What a dataset file holds. */
    public record Spec(long seed, int agents, int queues, int historyWeeks, LocalDate horizonStart, int weeks,
                       double volumeFactor) {

        static Spec read(Path file) {
            Properties p = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dataset " + file, e);
            }
            return new Spec(Long.parseLong(value(p, "seed", file)), Integer.parseInt(value(p, "agents", file)),
                    Integer.parseInt(value(p, "queues", file)), Integer.parseInt(p.getProperty("historyWeeks", "4").trim()),
                    LocalDate.parse(value(p, "horizonStart", file)), Integer.parseInt(p.getProperty("weeks", "1").trim()),
                    Double.parseDouble(p.getProperty("volumeFactor", "1.0").trim()));
        }

        private static String value(Properties p, String key, Path file) {
            String v = p.getProperty(key);
            if (v == null) {
                throw new IllegalArgumentException(file + ": missing " + key);
            }
            return v.trim();
        }
    }

    public static final String EXTENSION = "properties";
    static final int WEEKS_BACK = 4;

    public static RosterDataset load(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith("." + EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length() - 1) : fileName;
        return build(name, Spec.read(file));
    }

    public static RosterDataset build(String name, Spec spec) {
        DemoCenter center = DemoCenterGenerator.generate(new DemoCenterSpec(spec.seed(), spec.agents(), spec.queues(),
                spec.historyWeeks(), spec.horizonStart(), DemoCenterSpec.DEFAULT_ZONE));
        RosterProblemFactory.Options options = new RosterProblemFactory.Options(spec.weeks(), WEEKS_BACK, 0.30,
                spec.volumeFactor(), true);
        HistoryRequirement.VolumeAdjustment calendar = new DemoDemandModel(center).calendarAdjustment(WEEKS_BACK);
        Roster problem = RosterProblemFactory.create(center, options, calendar);
        // the same requirement object the factory uses, for the forecast load per interval
        HistoryRequirement requirement = new HistoryRequirement(Horizon.ofWeeks(spec.horizonStart(), spec.weeks(),
                ZoneId.of(center.site().timeZone())), center.history(), WEEKS_BACK, options.shrinkage(), spec.volumeFactor(), calendar);
        Map<String, OfferedLoad[]> loads = new LinkedHashMap<>();
        for (QueueSpec queue : center.queues()) {
            loads.put(queue.code(), requirement.loads(queue));
        }
        return new RosterDataset(name, spec, center, problem, loads, options.shrinkage());
    }

    /** The problem with the duties of a solved roster set again (from {@link RosterAssignmentFileIO}'s output). */
    public Roster withAssignment(Map<String, String> dutyIdByAgentDay) {
        Map<String, Duty> duties = new HashMap<>();
        for (AgentDay day : problem.getAgentDays()) {
            for (Duty duty : day.getDutyOptions()) {
                duties.put(duty.getId(), duty);
            }
        }
        for (AgentDay day : problem.getAgentDays()) {
            String dutyId = dutyIdByAgentDay.get(day.getId());
            day.setDuty(dutyId == null ? null : duties.get(dutyId));
            if (dutyId != null && day.getDuty() == null) {
                throw new IllegalArgumentException("unknown duty " + dutyId + " for " + day.getId());
            }
        }
        return problem;
    }

    public QueueSpec queue(String code) {
        return center.queues().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }
}
