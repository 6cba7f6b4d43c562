package io.paiban.benchmark.publicbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text format of the Shift Scheduling Benchmark: '#' starts a comment line, blank lines are skipped,
 * SECTION_* lines open a section, fields are comma separated, lists inside a field are '|' separated. Any line that
 * does not fit is refused with an {@link InstanceFormatException} naming its line number; nothing is half read.
 */
public final class InstanceReader {

    private static final Set<String> SECTIONS = Set.of("SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF",
            "SECTION_DAYS_OFF", "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER");

    private InstanceReader() {
    }

    public static BenchInstance read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(name, reader);
        }
    }

    public static BenchInstance read(String name, Reader source) throws IOException {
        return new Parser(name).parse(new BufferedReader(source));
    }

    private static final class Parser {
        private final String name;
        private int lineNo;
        private String section;
        private Integer horizon;
        private final Map<String, ShiftType> shifts = new LinkedHashMap<>();
        private final Map<String, String[]> successorIds = new LinkedHashMap<>();
        private final Map<String, Integer> successorLines = new HashMap<>();
        private final Map<String, Staff> staff = new LinkedHashMap<>();
        private final List<FixedDayOff> daysOff = new ArrayList<>();
        private final Set<String> daysOffKeys = new HashSet<>();
        private final List<ShiftRequest> onRequests = new ArrayList<>();
        private final List<ShiftRequest> offRequests = new ArrayList<>();
        private final List<Cover> covers = new ArrayList<>();
        private final Set<String> coverKeys = new HashSet<>();
        private final Set<String> seenSections = new HashSet<>();
        private List<ForbiddenSuccession> forbidden;

        Parser(String name) {
            this.name = name;
        }

        BenchInstance parse(BufferedReader in) throws IOException {
            String raw;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("SECTION_")) {
                    openSection(line);
                    continue;
                }
                if (section == null) {
                    throw error("data before any SECTION_ line: '" + line + "'");
                }
                String[] f = line.split(",", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                switch (section) {
                    case "SECTION_HORIZON" -> horizon(f);
                    case "SECTION_SHIFTS" -> shift(f);
                    case "SECTION_STAFF" -> staff(f);
                    case "SECTION_DAYS_OFF" -> dayOff(f);
                    case "SECTION_SHIFT_ON_REQUESTS" -> request(f, true);
                    case "SECTION_SHIFT_OFF_REQUESTS" -> request(f, false);
                    case "SECTION_COVER" -> cover(f);
                    default -> throw new IllegalStateException(section);
                }
            }
            lineNo++;
            if (horizon == null) {
                throw error("missing SECTION_HORIZON");
            }
            if (shifts.isEmpty()) {
                throw error("missing SECTION_SHIFTS or it has no shift");
            }
            if (staff.isEmpty()) {
                throw error("missing SECTION_STAFF or it has no employee");
            }
            resolveSuccessors();
            return new BenchInstance(name, horizon, List.copyOf(shifts.values()), forbidden, List.copyOf(staff.values()),
                    daysOff, onRequests, offRequests, covers);
        }

        private void openSection(String line) {
            if (!SECTIONS.contains(line)) {
                throw error("unknown section '" + line + "'");
            }
            if (!seenSections.add(line)) {
                throw error("section " + line + " appears twice");
            }
            boolean needsHorizon = !line.equals("SECTION_HORIZON") && !line.equals("SECTION_SHIFTS");
            if (needsHorizon && horizon == null) {
                throw error(line + " before SECTION_HORIZON");
            }
            if (!line.equals("SECTION_HORIZON") && !line.equals("SECTION_SHIFTS") && !line.equals("SECTION_STAFF")
                    && staff.isEmpty()) {
                throw error(line + " before SECTION_STAFF");
            }
            if (line.equals("SECTION_STAFF") && shifts.isEmpty()) {
                throw error("SECTION_STAFF before SECTION_SHIFTS");
            }
            if (section != null && section.equals("SECTION_SHIFTS")) {
                resolveSuccessors();
            }
            section = line;
        }

        private void horizon(String[] f) {
            if (horizon != null) {
                throw error("SECTION_HORIZON holds more than one value");
            }
            fields(f, 1, "the horizon length in days");
            horizon = integer(f[0], "horizon length");
            if (horizon < 1) {
                throw error("horizon length must be at least 1, got " + horizon);
            }
        }

        private void shift(String[] f) {
            fields(f, 3, "ShiftID, Length in mins, Shifts which cannot follow this shift");
            String id = id(f[0], "shift id");
            if (shifts.containsKey(id)) {
                throw error("shift '" + id + "' defined twice");
            }
            int minutes = integer(f[1], "shift length");
            if (minutes < 1) {
                throw error("shift length must be positive, got " + minutes);
            }
            shifts.put(id, new ShiftType(shifts.size(), id, minutes));
            successorIds.put(id, f[2].isEmpty() ? new String[0] : f[2].split("\\|"));
            successorLines.put(id, lineNo);
        }

        private void resolveSuccessors() {
            if (forbidden != null) {
                return;
            }
            forbidden = new ArrayList<>();
            for (Map.Entry<String, String[]> e : successorIds.entrySet()) {
                for (String next : e.getValue()) {
                    ShiftType nextShift = shifts.get(next.strip());
                    if (nextShift == null) {
                        throw new InstanceFormatException(name, successorLines.get(e.getKey()),
                                "shift '" + e.getKey() + "' names unknown successor '" + next.strip() + "'");
                    }
                    forbidden.add(new ForbiddenSuccession(shifts.get(e.getKey()), nextShift));
                }
            }
        }

        private void staff(String[] f) {
            fields(f, 8, "ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, "
                    + "MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends");
            String id = id(f[0], "employee id");
            if (staff.containsKey(id)) {
                throw error("employee '" + id + "' defined twice");
            }
            int[] maxShifts = new int[shifts.size()];
            boolean[] given = new boolean[shifts.size()];
            for (String part : f[1].split("\\|")) {
                String[] kv = part.split("=", -1);
                if (kv.length != 2) {
                    throw error("MaxShifts entry '" + part + "' is not ShiftID=limit");
                }
                ShiftType type = shift(kv[0].strip());
                if (given[type.index()]) {
                    throw error("MaxShifts names shift '" + type.id() + "' twice");
                }
                given[type.index()] = true;
                maxShifts[type.index()] = nonNegative(kv[1].strip(), "MaxShifts of " + type.id());
            }
            for (ShiftType type : shifts.values()) {
                if (!given[type.index()]) {
                    throw error("MaxShifts lacks shift '" + type.id() + "'");
                }
            }
            int maxTotal = nonNegative(f[2], "MaxTotalMinutes");
            int minTotal = nonNegative(f[3], "MinTotalMinutes");
            if (minTotal > maxTotal) {
                throw error("MinTotalMinutes " + minTotal + " exceeds MaxTotalMinutes " + maxTotal);
            }
            int maxConsecutive = nonNegative(f[4], "MaxConsecutiveShifts");
            int minConsecutive = nonNegative(f[5], "MinConsecutiveShifts");
            if (minConsecutive > maxConsecutive) {
                throw error("MinConsecutiveShifts " + minConsecutive + " exceeds MaxConsecutiveShifts " + maxConsecutive);
            }
            int minDaysOff = nonNegative(f[6], "MinConsecutiveDaysOff");
            int maxWeekends = nonNegative(f[7], "MaxWeekends");
            staff.put(id, new Staff(staff.size(), id, maxShifts, maxTotal, minTotal, maxConsecutive, minConsecutive,
                    minDaysOff, maxWeekends));
        }

        private void dayOff(String[] f) {
            if (f.length < 2) {
                throw error("expected EmployeeID, DayIndexes, got " + f.length + " field(s)");
            }
            Staff member = staffMember(f[0]);
            for (int i = 1; i < f.length; i++) {
                int day = day(f[i]);
                if (daysOffKeys.add(member.id() + "/" + day)) {
                    daysOff.add(new FixedDayOff(member, day));
                }
            }
        }

        private void request(String[] f, boolean on) {
            fields(f, 4, "EmployeeID, Day, ShiftID, Weight");
            Staff member = staffMember(f[0]);
            int day = day(f[1]);
            ShiftType type = shift(f[2]);
            int weight = nonNegative(f[3], "weight");
            (on ? onRequests : offRequests).add(new ShiftRequest(member, day, type, weight, on));
        }

        private void cover(String[] f) {
            fields(f, 5, "Day, ShiftID, Requirement, Weight for under, Weight for over");
            int day = day(f[0]);
            ShiftType type = shift(f[1]);
            if (!coverKeys.add(day + "/" + type.id())) {
                throw error("cover for day " + day + " and shift '" + type.id() + "' given twice");
            }
            covers.add(new Cover(day, type, nonNegative(f[2], "requirement"), nonNegative(f[3], "weight for under"),
                    nonNegative(f[4], "weight for over")));
        }

        private void fields(String[] f, int expected, String layout) {
            if (f.length != expected) {
                throw error("expected " + expected + " field(s) (" + layout + "), got " + f.length);
            }
        }

        private String id(String value, String what) {
            if (value.isEmpty()) {
                throw error(what + " is empty");
            }
            return value;
        }

        private ShiftType shift(String id) {
            ShiftType type = shifts.get(id);
            if (type == null) {
                throw error("unknown shift '" + id + "'");
            }
            return type;
        }

        private Staff staffMember(String id) {
            Staff member = staff.get(id);
            if (member == null) {
                throw error("unknown employee '" + id + "'");
            }
            return member;
        }

        private int day(String value) {
            int day = integer(value, "day index");
            if (day < 0 || day >= horizon) {
                throw error("day index " + day + " outside the horizon 0.." + (horizon - 1));
            }
            return day;
        }

        private int nonNegative(String value, String what) {
            int v = integer(value, what);
            if (v < 0) {
                throw error(what + " must not be negative, got " + v);
            }
            return v;
        }

        private int integer(String value, String what) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error(what + " '" + value + "' is not an integer");
            }
        }

        private InstanceFormatException error(String message) {
            return new InstanceFormatException(name, lineNo, message);
        }
    }
}
