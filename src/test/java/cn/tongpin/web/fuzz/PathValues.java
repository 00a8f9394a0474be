package cn.tongpin.web.fuzz;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real values for path parameters: delivery reads use the first item of the matching list (demo
 * content); management operations use items the walk created itself, so that the demo content
 * other tests rely on stays as it is.
 */
final class PathValues {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Pattern CHOICES = Pattern.compile("^([a-z_]+)(, [a-z_]+)*,? or [a-z_]+$");

    private final Schemas schemas;
    /** Items the walk created, by the template of the collection they were created in. */
    private final Map<String, String> own = new HashMap<>();
    private final Map<String, String> firstOfList = new HashMap<>();
    private final Map<String, Map<String, String>> valuesOf = new HashMap<>();

    PathValues(Schemas schemas) {
        this.schemas = schemas;
    }

    void own(String collectionTemplate, String id) {
        own.put(collectionTemplate, id);
    }

    boolean hasOwn(String collectionTemplate) {
        return own.containsKey(collectionTemplate);
    }

    /** The operation's path with every parameter filled; {@code replace} (a name) gets {@code replacement} instead. */
    String path(Operation operation, String replace, String replacement) {
        Map<String, String> values = valuesOf.computeIfAbsent(operation.toString(), o -> values(operation));
        Matcher m = PARAM.matcher(operation.template());
        StringBuilder path = new StringBuilder();
        int last = 0;
        while (m.find()) {
            path.append(operation.template(), last, m.start());
            path.append(m.group(1).equals(replace) ? replacement : values.get(m.group(1)));
            last = m.end();
        }
        return path.append(operation.template().substring(last)).toString();
    }

    /** Real values of the operation's path parameters, percent-encoded, each found with the ones before it. */
    private Map<String, String> values(Operation operation) {
        Map<String, String> values = new HashMap<>();
        Matcher m = PARAM.matcher(operation.template());
        StringBuilder path = new StringBuilder();
        int last = 0;
        while (m.find()) {
            path.append(operation.template(), last, m.start());
            String prefixTemplate = stripSlash(operation.template().substring(0, m.start()));
            String value = Hostile.percent(value(operation, m.group(1), prefixTemplate, stripSlash(path.toString())));
            values.put(m.group(1), value);
            path.append(value);
            last = m.end();
        }
        return values;
    }

    private String value(Operation operation, String name, String prefixTemplate, String prefix) {
        Operation.Parameter parameter = operation.in("path").stream().filter(p -> p.name().equals(name)).findFirst()
                .orElse(new Operation.Parameter(name, "path", null, ""));
        if (parameter.schema() != null && parameter.isInteger(schemas)) {
            return "1";
        }
        if (CHOICES.matcher(parameter.description()).matches()) {
            return parameter.description().split("[, ]")[0];
        }
        // Demo content is for the delivery API; management reads and all writes use the walk's own items.
        if ((!operation.isRead() || !prefix.startsWith("/content/")) && own.containsKey(prefixTemplate)) {
            return own.get(prefixTemplate);
        }
        String stem = name.replaceAll("(Id|OrSlug)$", "");
        for (String list : List.of(prefix, prefix.replace("/content/v1/", "/admin/v1/"),
                "/content/v1/" + prefix.substring(prefix.lastIndexOf('/') + 1), "/admin/v1/" + stem + "s")) {
            String first = first(list);
            if (first != null) {
                return first;
            }
        }
        return own.getOrDefault(prefixTemplate, UUID.randomUUID().toString());
    }

    /** The id of the first item of a list, or null when there is no such list or it is empty (asked once per list). */
    private String first(String list) {
        String id = firstOfList.computeIfAbsent(list, l -> {
            Response response = RestAssured.given().urlEncodingEnabled(false).get(l);
            if (response.statusCode() != 200 || !response.contentType().startsWith("application/json")) {
                return "";
            }
            List<Object> ids = response.jsonPath().getList("data.id");
            return ids == null || ids.isEmpty() ? "" : String.valueOf(ids.get(0));
        });
        return id.isEmpty() ? null : id;
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
