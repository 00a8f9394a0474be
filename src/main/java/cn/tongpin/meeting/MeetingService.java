package cn.tongpin.meeting;

import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Sortable;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.security.EditorScope;
import cn.tongpin.slug.Slugs;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Validation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Meetings: who came in which role with which title, what happened and what was agreed. */
@ApplicationScoped
@Transactional
public class MeetingService {

    static final ListQuery<Meeting> LIST = ListQuery.of(Meeting.class, m -> m.id, List.of(
            Sortable.of("startsAt", "e.startsAt", Sortable.Type.TIMESTAMP, m -> m.startsAt),
            Sortable.of("title", "e.title", Sortable.Type.STRING, m -> m.title),
            Sortable.of("slug", "e.slug", Sortable.Type.STRING, m -> m.slug),
            Sortable.of("createdAt", "e.createdAt", Sortable.Type.TIMESTAMP, m -> m.createdAt),
            Sortable.of("updatedAt", "e.updatedAt", Sortable.Type.TIMESTAMP, m -> m.updatedAt)))
            .fetching("left join fetch e.hostOrganization");

    @Inject
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    ObjectMapper mapper;

    @Inject
    EditorScope scope;

    @Inject
    MeetingAssembler assembler;

    public ListResponse<MeetingView> list(ListParams params, MeetingFilter criteria) {
        Filter filter = criteria.toFilter();
        scope.restriction().ifPresent(orgs -> filter.where("(e.hostOrganization.id in :scope or exists (select 1 from Meeting s"
                + " join s.organizations so where s = e and so.organization.id in :scope))", "scope", orgs));
        return LIST.run(em, params, filter).map(MeetingView::of);
    }

    public MeetingView get(String idOrSlug) {
        return MeetingView.of(find(idOrSlug));
    }

    public MeetingView create(MeetingInput input) {
        validation.check(input);
        checkTimes(input);
        Meeting meeting = new Meeting();
        meeting.slug = Slugs.choose(input.slug(), input.title(), "meeting", s -> Meeting.slugTaken(s, null));
        assembler.apply(meeting, input);
        scope.checkCanWrite(meeting.organizationIds());
        meeting.persistAndFlush();
        return MeetingView.of(meeting);
    }

    public MeetingView replace(String idOrSlug, MeetingInput input, String ifMatch) {
        Meeting meeting = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, meeting.version, true);
        scope.checkCanWrite(meeting.organizationIds());
        validation.check(input);
        checkTimes(input);
        if (input.slug() != null && !input.slug().equals(meeting.slug)) {
            meeting.slug = Slugs.choose(input.slug(), input.title(), "meeting", s -> Meeting.slugTaken(s, meeting.id));
        }
        assembler.apply(meeting, input);
        scope.checkCanWrite(meeting.organizationIds());
        meeting.touch();
        em.flush();
        return MeetingView.of(meeting);
    }

    public MeetingView patch(String idOrSlug, JsonNode patch, String ifMatch) {
        Meeting meeting = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, meeting.version, true);
        MeetingInput merged = MergePatch.apply(mapper, MeetingAssembler.toInput(meeting), patch, MeetingInput.class);
        return replace(meeting.id.toString(), merged, ifMatch);
    }

    public void delete(String idOrSlug, String ifMatch) {
        Meeting meeting = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, meeting.version, false);
        scope.checkCanWrite(meeting.organizationIds());
        meeting.delete();
        em.flush();
    }

    private Meeting find(String idOrSlug) {
        Meeting meeting = Meeting.findByIdOrSlug(idOrSlug).orElseThrow(() -> ProblemException.notFound("meeting", idOrSlug));
        if (scope.restriction().isPresent() && meeting.organizationIds().stream().noneMatch(scope.restriction().get()::contains)) {
            throw ProblemException.notFound("meeting", idOrSlug);
        }
        return meeting;
    }

    private static void checkTimes(MeetingInput input) {
        if (input.endsAt() != null && input.endsAt().isBefore(input.startsAt())) {
            throw ProblemException.invalid(List.of(new FieldError("endsAt", "must not be before startsAt")));
        }
    }

    /** Used by the filter to resolve slugs; unknown ones are a 400 naming the parameter. */
    static java.util.UUID organizationParam(String idOrSlug) {
        return Organization.findByIdOrSlug(idOrSlug).map(o -> o.id)
                .orElseThrow(() -> ProblemException.badParameter("organization", "no organization with this id or slug"));
    }

    static java.util.UUID participantParam(String idOrSlug) {
        return Participant.findByIdOrSlug(idOrSlug).map(p -> p.id)
                .orElseThrow(() -> ProblemException.badParameter("participant", "no participant with this id or slug"));
    }

    static java.util.UUID topicParam(String idOrSlug) {
        return Topic.findByIdOrSlug(idOrSlug).map(t -> t.id)
                .orElseThrow(() -> ProblemException.badParameter("topic", "no topic with this id or slug"));
    }
}
