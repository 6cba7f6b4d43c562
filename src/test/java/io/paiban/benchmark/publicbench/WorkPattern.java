package io.paiban.benchmark.publicbench;

import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One employee's working days over the horizon ({@code true} = works), collected from all of that employee's
 * {@link EmployeeDay} cells, days off included. The consecutive-run rules are functions of this pattern; the
 * collector keeps it incrementally (each cell only flips its own day) and hands out an immutable copy.
 */
public final class WorkPattern {

    private final boolean[] working;

    WorkPattern(boolean[] working) {
        this.working = working;
    }

    public static UniConstraintCollector<EmployeeDay, boolean[][], WorkPattern> collector() {
        return COLLECTOR;
    }

    private static final UniConstraintCollector<EmployeeDay, boolean[][], WorkPattern> COLLECTOR =
            new UniConstraintCollector<>() {
                @Override
                public Supplier<boolean[][]> supplier() {
                    return () -> new boolean[1][];
                }

                @Override
                public BiFunction<boolean[][], EmployeeDay, Runnable> accumulator() {
                    return (holder, cell) -> {
                        if (holder[0] == null) {
                            holder[0] = new boolean[cell.getHorizon()];
                        }
                        boolean[] days = holder[0];
                        int day = cell.getDay();
                        days[day] = cell.getShift() != null;
                        return () -> days[day] = false;
                    };
                }

                @Override
                public Function<boolean[][], WorkPattern> finisher() {
                    return holder -> new WorkPattern(holder[0] == null ? new boolean[0] : holder[0].clone());
                }
            };

    public int horizon() {
        return working.length;
    }

    public boolean works(int day) {
        return working[day];
    }

    /** Days worked beyond {@code max} in each run of consecutive working days, summed (runs at the edges count). */
    public int excessConsecutiveShifts(int max) {
        int excess = 0;
        int run = 0;
        for (boolean w : working) {
            run = w ? run + 1 : 0;
            if (run > max) {
                excess++;
            }
        }
        return excess;
    }

    /** Days missing to {@code min} in each run of working days strictly inside the horizon, summed. */
    public int missingConsecutiveShifts(int min) {
        return missingInterior(true, min);
    }

    /** Days missing to {@code min} in each run of days off strictly inside the horizon, summed. */
    public int missingConsecutiveDaysOff(int min) {
        return missingInterior(false, min);
    }

    /** Weekends (Saturday, Sunday; the horizon starts on a Monday) with at least one working day. */
    public int weekendsWorked() {
        int count = 0;
        for (int saturday = 5; saturday < working.length; saturday += 7) {
            if (working[saturday] || (saturday + 1 < working.length && working[saturday + 1])) {
                count++;
            }
        }
        return count;
    }

    /** A run in the given state that starts after day 0 and ends before the last day, shorter than min. */
    private int missingInterior(boolean state, int min) {
        int missing = 0;
        int d = 0;
        int n = working.length;
        while (d < n) {
            if (working[d] != state) {
                d++;
                continue;
            }
            int start = d;
            while (d < n && working[d] == state) {
                d++;
            }
            if (start > 0 && d < n && d - start < min) {
                missing += min - (d - start);
            }
        }
        return missing;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkPattern p && Arrays.equals(working, p.working);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(working);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (boolean w : working) {
            s.append(w ? 'X' : '.');
        }
        return s.toString();
    }
}
