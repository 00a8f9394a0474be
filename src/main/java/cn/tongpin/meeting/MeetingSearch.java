package cn.tongpin.meeting;

import cn.tongpin.search.SearchIndex;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What of a meeting is searchable: the title (weighs most), then summary, venue, activities,
 * outcomes, and the names of its organizations, people (with their titles there) and topics.
 */
@ApplicationScoped
public class MeetingSearch {

    private static final Logger LOG = Logger.getLogger(MeetingSearch.class);

    @Inject
    SearchIndex index;

    @Inject
    EntityManager em;

    void index(Meeting m) {
        List<String> body = new ArrayList<>();
        body.add(m.summary);
        body.add(m.venue);
        m.activities.forEach(a -> {
            body.add(a.title);
            body.add(a.description);
        });
        body.addAll(m.outcomes);
        if (m.hostOrganization != null) {
            body.add(m.hostOrganization.name);
        }
        m.organizations.forEach(o -> body.add(o.organization.name));
        m.attendees.forEach(a -> {
            body.add(a.participant.name);
            body.add(a.title);
        });
        m.topics.forEach(t -> body.add(t.name));
        index.store("meeting", m.id, m.title, body.toArray(String[]::new));
    }

    /** Indexes meetings written before search existed (or loaded around the service). */
    @Transactional
    void backfill(@Observes StartupEvent event) {
        @SuppressWarnings("unchecked")
        List<UUID> missing = em.createNativeQuery("select id from meeting where search_vector is null", UUID.class).getResultList();
        for (UUID id : missing) {
            index(em.find(Meeting.class, id));
        }
        if (!missing.isEmpty()) {
            LOG.infof("Indexed %d meetings for search", missing.size());
        }
    }
}
