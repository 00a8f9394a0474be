package cn.tongpin.listing;

import cn.tongpin.web.ProblemException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The paging and sorting parameters every list takes: limit, cursor, page, sort and count. */
public record ListParams(int limit, String cursor, Integer page, List<SortField> sort, boolean count) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final int MAX_PAGE = 10_000;

    /**
     * The paging of a list with its {@code sort} parameter, checked against what the list can sort by.
     */
    public static ListParams parse(Paging paging, String sortText, Map<String, ? extends Sortable<?>> sortables,
            List<SortField> defaultSort) {
        int limit = number(paging.limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        String cursor = paging.cursor;
        String pageText = paging.page;
        if (cursor != null && pageText != null) {
            throw ProblemException.badParameter("page", "cannot be combined with cursor");
        }
        Integer page = pageText == null ? null : number(pageText, "page", 1, 1, MAX_PAGE);
        List<SortField> sort = parseSort(sortText, sortables, defaultSort);
        boolean count = boolParam(paging.count, "count");
        return new ListParams(limit, cursor, page, sort, count);
    }

    static List<SortField> parseSort(String text, Map<String, ? extends Sortable<?>> sortables, List<SortField> defaultSort) {
        if (text == null) {
            return defaultSort;
        }
        List<SortField> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : text.split(",", -1)) {
            String key = part.trim();
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            if (!sortables.containsKey(name)) {
                throw ProblemException.badParameter("sort", "unknown sort field '" + cn.tongpin.web.Texts.abbreviate(name, 40)
                        + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(sortables.keySet())));
            }
            if (!seen.add(name)) {
                throw ProblemException.badParameter("sort", "field '" + name + "' is given twice");
            }
            fields.add(new SortField(name, descending));
        }
        return List.copyOf(fields);
    }

    /** A whole-number parameter within bounds, or the fallback when absent; anything else is a 400 naming it. */
    public static int number(String text, String name, int fallback, int min, int max) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw ProblemException.badParameter(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "must be a whole number between " + min + " and " + max);
        }
    }

    private static boolean boolParam(String text, String name) {
        if (text == null) {
            return false;
        }
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badParameter(name, "must be true or false");
        };
    }
}
