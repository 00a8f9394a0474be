package cn.tongpin.reference;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by each feature whose content points at other content: it says which of its items
 * point at a given one. The referred feature asks {@link References} and so needs to know neither
 * the referring features nor their tables, and a new referring feature changes none of them.
 */
public interface Referrers {

    /** The kinds of this feature's content that point at the item, each with the names of those that do; none left out. */
    List<Referrer> referrersOf(Referable type, UUID id);

    /**
     * Where this feature's referrers stand in a refusal: lower first. Features that are pointed at
     * come before those that point at them (organizations 10, participants 20, meetings 30, articles 40),
     * so the answer reads the same whichever bean CDI finds first.
     */
    int order();
}
