package cn.tongpin.meeting;

import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.search.CopiedText;
import cn.tongpin.search.SearchSource;
import cn.tongpin.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Stream;

/**
 * What of a meeting is searchable: the title (weighs most), then summary, venue, activities,
 * outcomes, and the names of its organizations, attendees (with their titles) and topics.
 */
@ApplicationScoped
public class MeetingSearch extends SearchSource<Meeting> {

    MeetingSearch() {
        super("meeting", Meeting.class, m -> m.title, MeetingSearch::body,
                CopiedText.of(Topic.class, t -> t.name, "select meeting_id from meeting_topic where topic_id = :id"),
                CopiedText.of(Participant.class, p -> p.name, "select meeting_id from meeting_attendee where participant_id = :id"),
                CopiedText.of(Organization.class, o -> o.name, "select meeting_id from meeting_organization where organization_id = :id"
                        + " union select id from meeting where host_organization_id = :id"));
    }

    private static List<String> body(Meeting m) {
        return Stream.of(Stream.of(m.summary, m.venue),
                m.activities.stream().flatMap(a -> Stream.of(a.title, a.description)),
                m.outcomes.stream(),
                Stream.of(m.hostOrganization == null ? null : m.hostOrganization.name),
                m.organizations.stream().map(o -> o.organization.name),
                m.attendees.stream().flatMap(a -> Stream.of(a.participant.name, a.title)),
                m.topics.stream().map(t -> t.name)).flatMap(texts -> texts).toList();
    }
}
