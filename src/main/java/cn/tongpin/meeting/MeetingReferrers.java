package cn.tongpin.meeting;

import cn.tongpin.reference.Referable;
import cn.tongpin.reference.TableReferrers;
import jakarta.enterprise.context.ApplicationScoped;

/** Meetings point at their host and taking-part organizations, their attendees and their topics. */
@ApplicationScoped
class MeetingReferrers extends TableReferrers {

    MeetingReferrers() {
        super("meeting", "meetings", 30);
    }

    @Override
    protected String query(Referable type) {
        return switch (type) {
            case ORGANIZATION -> "select m.title from meeting m where m.host_organization_id = ?1"
                    + " or exists (select 1 from meeting_organization mo where mo.meeting_id = m.id and mo.organization_id = ?1)"
                    + " or exists (select 1 from meeting_attendee ma where ma.meeting_id = m.id and ma.organization_id = ?1)"
                    + " order by m.title";
            case PARTICIPANT -> "select distinct m.title from meeting m join meeting_attendee ma"
                    + " on ma.meeting_id = m.id where ma.participant_id = ?1 order by m.title";
            case TOPIC -> "select m.title from meeting m join meeting_topic mt on mt.meeting_id = m.id"
                    + " where mt.topic_id = ?1 order by m.title";
            default -> null;
        };
    }
}
