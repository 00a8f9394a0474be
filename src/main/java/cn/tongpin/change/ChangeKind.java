package cn.tongpin.change;

/** What a write did to an item. */
public enum ChangeKind {
    CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED
}
