package cn.tongpin.delivery.read;

import cn.tongpin.meeting.Meeting;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.ProblemException;
import java.util.UUID;

/** Filters name related items by id or slug; one that names nothing is a 400 naming the parameter. */
public final class References {

    private References() {
    }

    public static UUID organization(String idOrSlug, String parameter) {
        return Organization.findByIdOrSlug(idOrSlug).map(o -> o.id)
                .orElseThrow(() -> ProblemException.badParameter(parameter, "no organization with this id or slug"));
    }

    public static UUID participant(String idOrSlug, String parameter) {
        return Participant.findByIdOrSlug(idOrSlug).map(p -> p.id)
                .orElseThrow(() -> ProblemException.badParameter(parameter, "no participant with this id or slug"));
    }

    public static UUID topic(String idOrSlug, String parameter) {
        return Topic.findByIdOrSlug(idOrSlug).map(t -> t.id)
                .orElseThrow(() -> ProblemException.badParameter(parameter, "no topic with this id or slug"));
    }

    /** Only published meetings can be named by a delivery filter. */
    public static UUID meeting(String idOrSlug, String parameter) {
        return Meeting.findByIdOrSlug(idOrSlug).filter(m -> m.status == cn.tongpin.meeting.MeetingStatus.published).map(m -> m.id)
                .orElseThrow(() -> ProblemException.badParameter(parameter, "no published meeting with this id or slug"));
    }
}
