package cn.tongpin.article;

import cn.tongpin.listing.Filter;
import cn.tongpin.meeting.Meeting;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The typed filters of the article list. */
record ArticleFilter(ArticleStatus status, String topic, String organization, String participant, String meeting,
        OffsetDateTime publishedAfter, OffsetDateTime publishedBefore, String q) {

    static final Set<String> NAMES = Set.of("status", "topic", "organization", "participant", "meeting", "publishedAfter",
            "publishedBefore", "q");

    static ArticleFilter parse(UriInfo uri) {
        var p = uri.getQueryParameters();
        String q = p.getFirst("q");
        if (q != null && (q.isBlank() || q.length() > 200)) {
            throw ProblemException.badParameter("q", "must be 1 to 200 characters");
        }
        return new ArticleFilter(QueryParams.enumeration(ArticleStatus.class, p.getFirst("status"), "status"), p.getFirst("topic"), p.getFirst("organization"),
                p.getFirst("participant"), p.getFirst("meeting"), QueryParams.time(p.getFirst("publishedAfter"), "publishedAfter"),
                QueryParams.time(p.getFirst("publishedBefore"), "publishedBefore"), q == null ? null : q.strip());
    }

    Filter toFilter() {
        Filter filter = new Filter();
        if (status != null) {
            filter.where("e.status = :status", "status", status);
        }
        if (topic != null) {
            filter.where("exists (select 1 from Article t join t.topics tt where t = e and tt.id = :topic)", "topic",
                    id(topic, "topic", Topic.findByIdOrSlug(topic).map(x -> x.id).orElse(null)));
        }
        if (organization != null) {
            filter.where("(e.sourceOrganization.id = :org or exists (select 1 from Article o join o.organizations oo"
                    + " where o = e and oo.id = :org))", "org",
                    id(organization, "organization", Organization.findByIdOrSlug(organization).map(x -> x.id).orElse(null)));
        }
        if (participant != null) {
            filter.where("exists (select 1 from Article pa join pa.participants pp where pa = e and pp.id = :person)", "person",
                    id(participant, "participant", Participant.findByIdOrSlug(participant).map(x -> x.id).orElse(null)));
        }
        if (meeting != null) {
            filter.where("e.meeting.id = :meeting", "meeting",
                    id(meeting, "meeting", Meeting.findByIdOrSlug(meeting).map(x -> x.id).orElse(null)));
        }
        if (publishedAfter != null) {
            filter.where("e.publishedAt >= :after", "after", publishedAfter);
        }
        if (publishedBefore != null) {
            filter.where("e.publishedAt < :before", "before", publishedBefore);
        }
        if (q != null) {
            String like = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            filter.where("(lower(e.title) like :q escape '\\' or lower(e.summary) like :q escape '\\'"
                    + " or lower(e.bodyText) like :q escape '\\')", "q", like);
        }
        return filter;
    }

    private static UUID id(String given, String parameter, UUID found) {
        if (found == null) {
            throw ProblemException.badParameter(parameter, "no " + parameter + " with this id or slug");
        }
        return found;
    }
}
