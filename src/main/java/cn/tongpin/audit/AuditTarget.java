package cn.tongpin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a write acted on, read from its path: the last collection named and the item in it, e.g.
 * {@code /admin/v1/clients/c1/keys/k1/rotate} is a {@code rotate} of {@code keys} {@code k1}.
 */
record AuditTarget(String action, String type, String id) {

    /** Trailing path segments that name an action on an item rather than an item (kept in step with V3's check). */
    static final Set<String> VERBS = Set.of("rotate", "revoke", "publish", "unpublish", "schedule", "archive", "restore");

    static AuditTarget of(String method, String path, String root, String location) {
        String rest = path.length() > root.length() ? path.substring(root.length() + 1) : "";
        List<String> segments = new ArrayList<>(List.of(rest.split("/")));
        segments.removeIf(String::isEmpty);
        String verb = null;
        if (!segments.isEmpty() && segments.size() % 2 == 1 && segments.size() > 1
                && VERBS.contains(segments.get(segments.size() - 1))) {
            verb = segments.remove(segments.size() - 1);
        }
        boolean item = segments.size() % 2 == 0 && !segments.isEmpty();
        String type = segments.isEmpty() ? "" : segments.get(item ? segments.size() - 2 : segments.size() - 1);
        String id = item ? segments.get(segments.size() - 1) : lastSegment(location);
        String action = verb != null ? verb : switch (method) {
            case "POST" -> item ? "other" : "create";
            case "PUT" -> "replace";
            case "PATCH" -> "update";
            case "DELETE" -> type.equals("keys") ? "revoke" : "delete";
            default -> "other";
        };
        return new AuditTarget(action, type, id);
    }

    private static String lastSegment(String location) {
        if (location == null || location.isEmpty()) {
            return null;
        }
        String path = location.replaceFirst("[?#].*$", "");
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
