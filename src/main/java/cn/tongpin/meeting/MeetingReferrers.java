package cn.tongpin.meeting;

import static cn.tongpin.reference.ReferringContent.Link.column;
import static cn.tongpin.reference.ReferringContent.Link.pairs;

import cn.tongpin.change.ContentType;
import cn.tongpin.reference.Referable;
import cn.tongpin.reference.ReferringContent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Meetings point at their host and taking-part organizations, their attendees (and their organizations) and their topics. */
@Singleton
class MeetingReferrers {

    @Produces
    @Singleton
    static ReferringContent meetings() {
        return ReferringContent.of("meeting", ContentType.MEETING, 30).named("r.title").shownWhen("r.status = 'published'")
                .links(column(Referable.ORGANIZATION, "host_organization_id"),
                        pairs(Referable.ORGANIZATION, "meeting_organization", "meeting_id", "organization_id"),
                        pairs(Referable.ORGANIZATION, "meeting_attendee", "meeting_id", "organization_id"),
                        pairs(Referable.PARTICIPANT, "meeting_attendee", "meeting_id", "participant_id"),
                        pairs(Referable.TOPIC, "meeting_topic", "meeting_id", "topic_id"));
    }
}
