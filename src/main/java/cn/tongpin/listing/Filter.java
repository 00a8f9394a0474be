package cn.tongpin.listing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The typed conditions of a list query, as HQL fragments with named parameters. */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition; its parameters are named {@code :name} in the fragment. */
    public Filter where(String condition, Map<String, Object> params) {
        conditions.add(condition);
        parameters.putAll(params);
        return this;
    }

    public Filter where(String condition, String param, Object value) {
        return where(condition, Map.of(param, value));
    }

    /** Adds a condition only when its value is given (a list's optional query parameter). */
    public Filter whereGiven(String condition, String param, Object value) {
        return value == null ? this : where(condition, param, value);
    }

    public List<String> conditions() {
        return conditions;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
