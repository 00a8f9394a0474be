package cn.tongpin.reference;

import java.util.UUID;

/**
 * A write of an item that other content can point at (an organization, participant, topic, meeting
 * or image), fired in the write's transaction after its {@code ContentChanged} when there is one: the
 * rows that show the item (see {@link ReferringContent}) are delivered differently from now on.
 */
public record ReferableChanged(Referable type, UUID id) {
}
