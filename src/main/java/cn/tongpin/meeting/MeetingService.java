package cn.tongpin.meeting;

import cn.tongpin.change.ContentType;
import cn.tongpin.editing.EditingService;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sortable;
import cn.tongpin.security.EditorScope;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import cn.tongpin.reference.Referable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Meetings: who came in which role with which title, what happened and what was agreed. */
@ApplicationScoped
@Transactional
public class MeetingService extends EditingService<Meeting, MeetingInput, MeetingView> {

    static final ListQuery<Meeting> LIST = ListQuery.ofEntities(Meeting.class,
            Sortable.of("startsAt", "e.startsAt", Sortable.Type.TIMESTAMP, m -> m.startsAt),
            Sortable.of("title", "e.title", Sortable.Type.STRING, m -> m.title))
            .fetching("left join fetch e.hostOrganization");

    @Inject
    EditorScope scope;

    @Inject
    MeetingAssembler assembler;

    @Inject
    MeetingSearch search;

    MeetingService() {
        super(Meeting.class, MeetingInput.class, ContentType.MEETING, Meeting::new, Referable.MEETING, MeetingView::of);
    }

    public ListResponse<MeetingView> list(Paging paging, String sort, MeetingFilter criteria) {
        var filter = criteria.toFilter();
        scope.restriction().ifPresent(orgs -> filter.where("(e.hostOrganization.id in :scope or exists (select 1 from Meeting s"
                + " join s.organizations so where s = e and so.organization.id in :scope))", "scope", orgs));
        return list(LIST, "-startsAt", paging, sort, filter);
    }

    @Override
    protected void checkInput(MeetingInput input) {
        if (input.endsAt() != null && input.endsAt().isBefore(input.startsAt())) {
            throw ProblemException.invalid(List.of(new FieldError("endsAt", "must not be before startsAt")));
        }
    }

    @Override
    protected void checkCanWrite(Meeting meeting) {
        scope.checkCanWrite(meeting.organizationIds());
    }

    @Override
    protected void written(Meeting meeting) {
        search.index(meeting);
    }

    @Override
    protected boolean visible(Meeting meeting) {
        return scope.restriction().map(orgs -> meeting.organizationIds().stream().anyMatch(orgs::contains)).orElse(true);
    }

    @Override
    protected boolean delivered(Meeting meeting) {
        return meeting.status == MeetingStatus.published;
    }

    @Override
    protected java.util.Set<java.util.UUID> organizationIds(Meeting meeting) {
        return meeting.organizationIds();
    }

    @Override
    protected java.util.Set<java.util.UUID> topicIds(Meeting meeting) {
        return meeting.topics.stream().map(t -> t.id).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    protected void apply(Meeting meeting, MeetingInput input) {
        assembler.apply(meeting, input);
    }

    @Override
    protected MeetingInput toInput(Meeting meeting) {
        return MeetingAssembler.toInput(meeting);
    }

    /** What a story must share with a meeting to be about it: the day, the place (venue or host) and the people. */
    public record MeetingFacts(cn.tongpin.web.Ref ref, java.time.OffsetDateTime startsAt, String venue, java.util.UUID host,
            java.util.Set<java.util.UUID> attendees) {
    }

    /** Meetings that started between the two instants, with their venue, host and attendees. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingFacts> startedBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        List<Meeting> started = Meeting.list("select distinct e from Meeting e left join fetch e.attendees"
                + " left join fetch e.hostOrganization where e.startsAt >= ?1 and e.startsAt < ?2", from, to);
        return started.stream()
                .map(m -> new MeetingFacts(m.ref(), m.startsAt, m.venue, m.hostOrganization == null ? null : m.hostOrganization.id,
                        m.attendees.stream().map(a -> a.participant.id).collect(java.util.stream.Collectors.toSet())))
                .toList();
    }
}
