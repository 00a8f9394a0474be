package cn.tongpin.meeting;

import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a meeting is searchable: the title (weighs most), then summary, venue, activities,
 * outcomes, and the names of its organizations, attendees (with their titles) and topics.
 */
@ApplicationScoped
public class MeetingSearch extends SearchSource<Meeting> {

    MeetingSearch() {
        super("meeting", Meeting.class);
    }

    @Override
    protected String title(Meeting m) {
        return m.title;
    }

    @Override
    protected List<String> body(Meeting m) {
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
        return body;
    }
}
