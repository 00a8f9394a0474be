package cn.tongpin.sync;

import cn.tongpin.change.ContentChanged;
import cn.tongpin.reference.ReferableChanged;
import cn.tongpin.reference.References;
import cn.tongpin.reference.ReferringContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Writes each change of content into {@code content_change}, in the writing transaction (so the
 * row commits or rolls back with the write). A change of an item that others show (an organization,
 * participant, topic or meeting by name, an image with its details) also changes how those others
 * are delivered: the published items whose delivered form shows it, as the referring features declare
 * them ({@link ReferringContent}), are logged as updated too, so a synced copy shows the new state.
 */
@ApplicationScoped
public class ChangeLog {

    private static final String INSERT = "insert into content_change (type, item_id, slug, kind, visible, version) ";

    @Inject
    EntityManager em;

    @Inject
    References references;

    void record(@Observes ContentChanged change) {
        em.createNativeQuery(INSERT + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, change.type().wireName()).setParameter(2, change.id()).setParameter(3, change.slug())
                .setParameter(4, change.kind().wireName()).setParameter(5, change.visible()).setParameter(6, change.version())
                .executeUpdate();
    }

    /** After a write of an item others show: the shown rows that show it, as updated (the row itself is logged first). */
    void recordShowing(@Observes ReferableChanged change) {
        for (ReferringContent referring : references.referring()) {
            String rows = referring.shownRowsShowing(change.type());
            if (rows != null) {
                em.createNativeQuery(INSERT + "select type, id, slug, 'updated', true, version from (" + rows
                        + ") as showing (type, id, slug, version)").setParameter(1, change.id()).executeUpdate();
            }
        }
    }
}
