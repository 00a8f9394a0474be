package cn.tongpin.delivery.read;

import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a request asks to see: {@code fields} (sparse fieldset, {@code topics.name} for the fields
 * of a relation) and {@code include} (relations expanded into full objects). Included relations
 * are always shown, also when {@code fields} does not name them.
 */
public record Selection(Set<String> fields, Map<String, Set<String>> nested, Set<String> includes) {

    /** What one resource offers. */
    public record Shape(Set<String> fields, Map<String, Set<String>> relations, Set<String> includable) {

        /** Fields that appear only when included, such as an organization's people. */
        boolean includeOnly(String name) {
            return includable.contains(name) && !fields.contains(name);
        }
    }

    private static final int MAX_LENGTH = 1000;

    public static Selection parse(String fieldsParam, String includeParam, Shape shape) {
        Set<String> includes = new LinkedHashSet<>();
        for (String name : names(includeParam, "include")) {
            if (!shape.includable().contains(name)) {
                throw ProblemException.badParameter("include", "unknown relation '" + Texts.abbreviate(name, 40)
                        + "'; allowed: " + allowed(shape.includable()));
            }
            includes.add(name);
        }
        Set<String> fields = new LinkedHashSet<>();
        Map<String, Set<String>> nested = new LinkedHashMap<>();
        for (String name : names(fieldsParam, "fields")) {
            int dot = name.indexOf('.');
            if (dot < 0) {
                if (!shape.fields().contains(name) && !shape.includable().contains(name)) {
                    throw ProblemException.badParameter("fields", "unknown field '" + Texts.abbreviate(name, 40)
                            + "'; allowed: " + allowed(shape.fields()));
                }
                fields.add(name);
                continue;
            }
            String relation = name.substring(0, dot);
            String field = name.substring(dot + 1);
            Set<String> known = shape.relations().get(relation);
            if (known == null) {
                throw ProblemException.badParameter("fields", "'" + Texts.abbreviate(relation, 40)
                        + "' has no fields to choose; relations: " + allowed(shape.relations().keySet()));
            }
            if (!known.contains(field)) {
                throw ProblemException.badParameter("fields", "unknown field '" + Texts.abbreviate(name, 60)
                        + "'; allowed for " + relation + ": " + allowed(known));
            }
            nested.computeIfAbsent(relation, k -> new LinkedHashSet<>()).add(field);
        }
        return new Selection(fields, nested, includes);
    }

    private static Set<String> names(String param, String parameter) {
        Set<String> names = new LinkedHashSet<>();
        if (param == null) {
            return names;
        }
        if (param.length() > MAX_LENGTH) {
            throw ProblemException.badParameter(parameter, "is too long");
        }
        for (String part : param.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty()) {
                throw ProblemException.badParameter(parameter, "has an empty name; separate names by single commas");
            }
            names.add(name);
        }
        return names;
    }

    private static String allowed(Set<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }

    /** Whether the answer needs this field (so that it need not be loaded otherwise). */
    public boolean wants(String field) {
        return fields.isEmpty() || fields.contains(field) || includes.contains(field) || nested.containsKey(field);
    }

    public boolean includes(String relation) {
        return includes.contains(relation);
    }

    /** Cuts an item down to what was asked for. */
    public ObjectNode apply(ObjectNode item, Shape shape) {
        item.retain(kept(item, shape));
        nested.forEach((relation, subFields) -> {
            JsonNode value = item.get(relation);
            if (value instanceof ObjectNode object) {
                object.retain(subFields);
            } else if (value != null && value.isArray()) {
                value.forEach(element -> {
                    if (element instanceof ObjectNode object) {
                        object.retain(subFields);
                    }
                });
            }
        });
        return item;
    }

    private Set<String> kept(ObjectNode item, Shape shape) {
        Set<String> kept = new LinkedHashSet<>();
        item.fieldNames().forEachRemaining(name -> {
            if (shape.includeOnly(name) && !includes.contains(name)) {
                return;
            }
            if (fields.isEmpty() || fields.contains(name) || includes.contains(name) || nested.containsKey(name)) {
                kept.add(name);
            }
        });
        return kept;
    }
}
