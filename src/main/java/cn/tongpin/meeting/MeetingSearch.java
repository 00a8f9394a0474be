package cn.tongpin.meeting;

import cn.tongpin.search.SearchIndex;
import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What of a meeting is searchable: the title (weighs most), then summary, venue, activities,
 * outcomes, and the names of its organizations, people (with their titles there) and topics.
 */
@ApplicationScoped
public class MeetingSearch implements SearchSource {

    @Inject
    SearchIndex index;

    @Inject
    EntityManager em;

    @Override
    public String table() {
        return "meeting";
    }

    @Override
    public void index(UUID id) {
        index(em.find(Meeting.class, id));
    }

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
}
