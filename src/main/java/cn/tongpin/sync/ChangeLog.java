package cn.tongpin.sync;

import cn.tongpin.change.ChangeKind;
import cn.tongpin.change.ContentChanged;
import cn.tongpin.change.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * Writes each change of content into {@code content_change}, in the writing transaction (so the
 * row commits or rolls back with the write). A change of an item that others show by name (an
 * organization, participant, topic or meeting) also changes how those others are delivered: the
 * published items that refer to it are logged as updated too, so a synced copy shows the new name.
 */
@ApplicationScoped
public class ChangeLog {

    private static final String INSERT = "insert into content_change (type, item_id, slug, kind, visible, version) ";

    /** Per type: the published items whose delivered form names an item of that type (?1). */
    private static final Map<ContentType, List<String>> REFERRERS = Map.of(
            ContentType.ORGANIZATION, List.of(
                    "select 'article', a.id, a.slug, 'updated', true, a.version from article a where a.status = 'published'"
                            + " and (a.source_organization_id = ?1 or exists (select 1 from article_organization x"
                            + " where x.article_id = a.id and x.organization_id = ?1))",
                    "select 'meeting', m.id, m.slug, 'updated', true, m.version from meeting m where m.status = 'published'"
                            + " and (m.host_organization_id = ?1"
                            + " or exists (select 1 from meeting_organization x where x.meeting_id = m.id and x.organization_id = ?1)"
                            + " or exists (select 1 from meeting_attendee x where x.meeting_id = m.id and x.organization_id = ?1))",
                    "select 'organization', o.id, o.slug, 'updated', true, o.version from organization o where o.parent_id = ?1",
                    "select 'participant', p.id, p.slug, 'updated', true, p.version from participant p where exists"
                            + " (select 1 from participant_position x where x.participant_id = p.id and x.organization_id = ?1)"),
            ContentType.PARTICIPANT, List.of(
                    "select 'article', a.id, a.slug, 'updated', true, a.version from article a where a.status = 'published'"
                            + " and exists (select 1 from article_participant x where x.article_id = a.id and x.participant_id = ?1)",
                    "select 'meeting', m.id, m.slug, 'updated', true, m.version from meeting m where m.status = 'published'"
                            + " and exists (select 1 from meeting_attendee x where x.meeting_id = m.id and x.participant_id = ?1)"),
            ContentType.TOPIC, List.of(
                    "select 'article', a.id, a.slug, 'updated', true, a.version from article a where a.status = 'published'"
                            + " and exists (select 1 from article_topic x where x.article_id = a.id and x.topic_id = ?1)",
                    "select 'meeting', m.id, m.slug, 'updated', true, m.version from meeting m where m.status = 'published'"
                            + " and exists (select 1 from meeting_topic x where x.meeting_id = m.id and x.topic_id = ?1)"),
            ContentType.MEETING, List.of(
                    "select 'article', a.id, a.slug, 'updated', true, a.version from article a where a.status = 'published'"
                            + " and a.meeting_id = ?1"));

    @Inject
    EntityManager em;

    void record(@Observes ContentChanged change) {
        em.createNativeQuery(INSERT + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, change.type().wireName()).setParameter(2, change.id()).setParameter(3, change.slug())
                .setParameter(4, change.kind().wireName()).setParameter(5, change.visible()).setParameter(6, change.version())
                .executeUpdate();
        if (change.kind() == ChangeKind.CREATED) {
            return; // nothing refers to an item that did not exist
        }
        for (String referrers : REFERRERS.getOrDefault(change.type(), List.of())) {
            em.createNativeQuery(INSERT + referrers).setParameter(1, change.id()).executeUpdate();
        }
    }
}
