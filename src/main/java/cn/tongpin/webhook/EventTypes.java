package cn.tongpin.webhook;

import cn.tongpin.change.ChangeKind;
import cn.tongpin.change.ContentChanged;
import cn.tongpin.change.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The events a subscription may ask for, and which one a change of content is. Articles and
 * meetings are announced as readers see them: published, updated while published, unpublished,
 * deleted; a draft's edits are not announced. Organizations, participants and topics are public as
 * soon as they exist: every write is an update, or a deletion.
 */
public final class EventTypes {

    public static final String TEST = "webhook.test";
    private static final List<String> PUBLISHABLE = List.of("published", "updated", "unpublished", "deleted");
    private static final List<String> DIRECTORY = List.of("updated", "deleted");

    /** Every event type there is, in a stable order. */
    public static final List<String> ALL = all();

    private EventTypes() {
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            (publishable(type) ? PUBLISHABLE : DIRECTORY).forEach(kind -> all.add(wire(type) + "." + kind));
        }
        return List.copyOf(all);
    }

    public static boolean known(String eventType) {
        return ALL.contains(eventType);
    }

    /** The event a change is, or null when it is not announced (a draft's edit). */
    public static String of(ContentChanged change) {
        String prefix = wire(change.type()) + ".";
        ChangeKind kind = change.kind();
        if (kind == ChangeKind.DELETED) {
            return prefix + "deleted";
        }
        if (!publishable(change.type())) {
            return prefix + "updated";
        }
        return switch (kind) {
            case PUBLISHED -> prefix + "published";
            case UNPUBLISHED -> prefix + "unpublished";
            case CREATED -> change.visible() ? prefix + "published" : null;
            case UPDATED -> change.visible() ? prefix + "updated" : null;
            default -> null;
        };
    }

    public static String wire(ContentType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** The path of a type under /content/v1. */
    static String collection(ContentType type) {
        return wire(type) + "s";
    }

    private static boolean publishable(ContentType type) {
        return type == ContentType.ARTICLE || type == ContentType.MEETING;
    }

    /** Whether the event types given are all known; the unknown ones otherwise. */
    static List<String> unknown(Set<String> given) {
        return given.stream().filter(t -> !known(t)).sorted().toList();
    }
}
