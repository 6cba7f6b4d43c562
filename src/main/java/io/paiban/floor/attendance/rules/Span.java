package io.paiban.floor.attendance.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A half-open instant range [start, end); the set operations work on sorted, disjoint lists. */
public record Span(Instant start, Instant end) {

    public Span {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("span ends before it starts: " + start + " - " + end);
        }
    }

    public long seconds() {
        return Duration.between(start, end).getSeconds();
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** Sorted, merged, without empty spans. */
    public static List<Span> normalise(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans.stream().filter(s -> s.end.isAfter(s.start)).toList());
        sorted.sort(Comparator.comparing(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !s.start.isAfter(last.end)) {
                merged.set(merged.size() - 1, new Span(last.start, s.end.isAfter(last.end) ? s.end : last.end));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    public static List<Span> subtract(List<Span> from, List<Span> minus) {
        List<Span> result = new ArrayList<>();
        List<Span> cuts = normalise(minus);
        for (Span s : normalise(from)) {
            Instant cursor = s.start;
            for (Span c : cuts) {
                if (!c.end.isAfter(cursor) || !c.start.isBefore(s.end)) {
                    continue;
                }
                if (c.start.isAfter(cursor)) {
                    result.add(new Span(cursor, c.start));
                }
                cursor = c.end.isAfter(cursor) ? c.end : cursor;
            }
            if (cursor.isBefore(s.end)) {
                result.add(new Span(cursor, s.end));
            }
        }
        return result;
    }

    public static List<Span> intersect(List<Span> a, List<Span> b) {
        List<Span> result = new ArrayList<>();
        for (Span x : normalise(a)) {
            for (Span y : normalise(b)) {
                Instant s = x.start.isAfter(y.start) ? x.start : y.start;
                Instant e = x.end.isBefore(y.end) ? x.end : y.end;
                if (e.isAfter(s)) {
                    result.add(new Span(s, e));
                }
            }
        }
        return normalise(result);
    }

    public static long seconds(List<Span> spans) {
        return normalise(spans).stream().mapToLong(Span::seconds).sum();
    }
}
