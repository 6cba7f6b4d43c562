package io.paiban.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The optional conditions of a Panache list query: each applies only when its value is given, so
 * a list endpoint's query parameters become one query without a chain of ifs.
 */
public final class Filter {

    private final StringBuilder query = new StringBuilder("1 = 1");
    private final List<Object> params = new ArrayList<>();

    public Filter eq(String field, Object value) {
        return when(value, field + " = ?");
    }

    public Filter atLeast(String field, Object value) {
        return when(value, field + " >= ?");
    }

    public Filter atMost(String field, Object value) {
        return when(value, field + " <= ?");
    }

    /** Restricts an id column to a set; an empty set matches nothing, an absent one everything. */
    public Filter idIn(String field, Optional<? extends Collection<Long>> ids) {
        ids.ifPresent(set -> when(set.isEmpty() ? List.of(-1L) : set, field + " in ?"));
        return this;
    }

    /** A condition in which {@code ?} stands for the value; skipped when the value is null. */
    public Filter when(Object value, String condition) {
        if (value != null) {
            params.add(value);
            query.append(" and (").append(condition.replace("?", "?" + params.size())).append(')');
        }
        return this;
    }

    public String query() {
        return query.toString();
    }

    public Object[] params() {
        return params.toArray();
    }
}
