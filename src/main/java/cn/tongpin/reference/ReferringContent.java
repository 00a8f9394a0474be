package cn.tongpin.reference;

import cn.tongpin.change.ContentType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How one kind of content points at other items, declared once by the feature it belongs to (a CDI
 * bean it produces): the table of its rows, what a refusal to delete calls them, when the delivery
 * API shows a row, and its {@link Link}s. {@link References} reads the declarations to refuse deletes;
 * the change log reads them to log, when an item changes, the shown rows whose delivered form shows
 * it. So the referred features know neither the referring ones nor their tables, and a new referring
 * type is declared here once.
 *
 * @param table    the referring rows' table; it has {@code id}, {@code slug} and {@code version}
 * @param content  what a referring row is, as the change log names it
 * @param name     the SQL of a row's name in a refusal, over the row as {@code r}, e.g. {@code r.title}
 * @param singular what one referrer is called in a refusal, e.g. "meeting"
 * @param plural   what several are called, e.g. "meetings"
 * @param order    where these referrers stand in a refusal, lower first: features that are pointed at come
 *                 before those that point at them (organizations 10, participants 20, meetings 30, articles 40),
 *                 so the answer reads the same whichever bean CDI finds first
 * @param shownWhen the SQL condition, over {@code r}, of a row the delivery API shows; null when it shows every row
 * @param links    every way a row points at an item
 */
public record ReferringContent(String table, ContentType content, String name, String singular, String plural, int order,
        String shownWhen, List<Link> links) {

    /** The rows of the table, each called by its {@code name} column; links and the rest are added by the withers. */
    public static ReferringContent of(String table, ContentType content, int order) {
        return new ReferringContent(table, content, "r.name", table, table + "s", order, null, List.of());
    }

    public ReferringContent called(String singular, String plural) {
        return new ReferringContent(table, content, name, singular, plural, order, shownWhen, links);
    }

    public ReferringContent named(String name) {
        return new ReferringContent(table, content, name, singular, plural, order, shownWhen, links);
    }

    public ReferringContent shownWhen(String condition) {
        return new ReferringContent(table, content, name, singular, plural, order, condition, links);
    }

    public ReferringContent links(Link... links) {
        return new ReferringContent(table, content, name, singular, plural, order, shownWhen, List.of(links));
    }

    /**
     * One way a referring row points at items of a type: a column of the row, or a table of pairs.
     *
     * @param shows whether the row's delivered form shows the item's details (a name, an image's alt text),
     *     so that a change of the item changes the row as delivered
     */
    public record Link(Referable type, String column, String pairs, String ownColumn, boolean shows) {

        /** The row's own column holds the item's id; the delivered row shows the item. */
        public static Link column(Referable type, String column) {
            return new Link(type, column, null, null, true);
        }

        /** A table of pairs ({@code ownColumn} the row's id, {@code column} the item's); the delivered row shows the item. */
        public static Link pairs(Referable type, String pairs, String ownColumn, String column) {
            return new Link(type, column, pairs, ownColumn, true);
        }

        /** The same link, for an item the delivered row uses without showing what the item says of itself. */
        public Link unshown() {
            return new Link(type, column, pairs, ownColumn, false);
        }

        /** The SQL condition, over the referring row {@code r}, that it points at the item {@code ?1}. */
        String condition() {
            return pairs == null ? "r." + column + " = ?1"
                    : "exists (select 1 from " + pairs + " x where x." + ownColumn + " = r.id and x." + column + " = ?1)";
        }
    }

    /** The names of the rows that point at the item {@code ?1} of the type, in order; null when no row can. */
    String namesPointingAt(Referable type) {
        String where = anyOf(type, false);
        return where == null ? null : "select " + name + " from " + table + " r where " + where + " order by 1";
    }

    /**
     * The rows the delivery API shows whose delivered form shows the item {@code ?1} of the type, as
     * (type, id, slug, version); null when no row shows such items.
     */
    public String shownRowsShowing(Referable type) {
        String where = anyOf(type, true);
        if (where == null) {
            return null;
        }
        return "select '" + content.wireName() + "', r.id, r.slug, r.version from " + table + " r where "
                + (shownWhen == null ? "" : shownWhen + " and ") + "(" + where + ")";
    }

    private String anyOf(Referable type, boolean shownOnly) {
        List<Link> matching = links.stream().filter(l -> l.type() == type && (l.shows() || !shownOnly)).toList();
        return matching.isEmpty() ? null : matching.stream().map(Link::condition).collect(Collectors.joining(" or "));
    }
}
