package cn.tongpin.meeting;

import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.search.CopiedText;
import cn.tongpin.search.SearchSource;
import cn.tongpin.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a meeting is searchable: the title (weighs most), then summary, venue, activities,
 * outcomes, and the names of its organizations, attendees (with their titles) and topics.
 */
@ApplicationScoped
public class MeetingSearch extends SearchSource<Meeting> {

    private static final List<CopiedText<?>> COPIES = List.of(
            CopiedText.of(Topic.class, t -> t.name, "select meeting_id from meeting_topic where topic_id = :id"),
            CopiedText.of(Participant.class, p -> p.name, "select meeting_id from meeting_attendee where participant_id = :id"),
            CopiedText.of(Organization.class, o -> o.name, "select meeting_id from meeting_organization where organization_id = :id"
                    + " union select id from meeting where host_organization_id = :id"));

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

    @Override
    protected List<CopiedText<?>> copies() {
        return COPIES;
    }
}
