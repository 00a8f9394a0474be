package cn.tongpin.participant;

import static cn.tongpin.persistence.BaseEntity.require;

import cn.tongpin.change.ContentType;
import cn.tongpin.editing.EditingService;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sortable;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.ParticipantInput.PositionInput;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import cn.tongpin.reference.Referable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Participants and their positions; a participant named by a meeting cannot be deleted. */
@ApplicationScoped
@Transactional
public class ParticipantService extends EditingService<Participant, ParticipantInput, ParticipantView> {

    static final ListQuery<Participant> LIST = ListQuery.ofEntities(Participant.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, p -> p.name));

    ParticipantService() {
        super(Participant.class, ParticipantInput.class, ContentType.PARTICIPANT, Participant::new, Referable.PARTICIPANT,
                ParticipantView::of);
    }

    public ListResponse<ParticipantView> list(Paging paging, String sort, String organization) {
        Filter filter = new Filter();
        if (organization != null) {
            Organization o = Organization.findByIdOrSlug(organization)
                    .orElseThrow(() -> ProblemException.badParameter("organization", "no organization with this id or slug"));
            filter.where("exists (select 1 from Participant p join p.positions pos where p = e and pos.organization.id = :org)",
                    "org", o.id);
        }
        return list(LIST, "name", paging, sort, filter);
    }

    @Override
    protected void checkInput(ParticipantInput input) {
        List<FieldError> errors = new ArrayList<>();
        List<PositionInput> positions = input.positions() == null ? List.of() : input.positions();
        for (int i = 0; i < positions.size(); i++) {
            PositionInput in = positions.get(i);
            if (in.from() != null && in.until() != null && in.until().isBefore(in.from())) {
                errors.add(new FieldError("positions[" + i + "].until", "must not be before from"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The organizations the participant holds or held a position at. */
    @Override
    protected java.util.Set<java.util.UUID> organizationIds(Participant participant) {
        return participant.positions.stream().map(p -> p.organization.id).collect(java.util.stream.Collectors.toSet());
    }

    @Inject
    ParticipantSearch search;

    @Override
    protected void written(Participant participant) {
        search.index(participant);
    }

    @Override
    protected void apply(Participant participant, ParticipantInput input) {
        participant.name = input.name().strip();
        participant.bio = blankToNull(input.bio());
        participant.photoUrl = blankToNull(input.photoUrl());
        participant.positions.clear();
        participant.positions.addAll(positions(input.positions()));
    }

    /** Positions in their {@code order} (list order where it is absent or equal). */
    private static List<Position> positions(List<PositionInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> inputs.get(i).order() == null ? i : inputs.get(i).order())
                .thenComparing(i -> i));
        List<Position> positions = new ArrayList<>();
        for (int i : order) {
            PositionInput in = inputs.get(i);
            Position position = new Position();
            position.organization = require(Organization.class, in.organization(), "positions[" + i + "].organization");
            position.title = in.title().strip();
            position.startedOn = in.from();
            position.endedOn = in.until();
            positions.add(position);
        }
        return positions;
    }

    @Override
    protected ParticipantInput toInput(Participant p) {
        List<PositionInput> positions = new ArrayList<>();
        for (int i = 0; i < p.positions.size(); i++) {
            Position position = p.positions.get(i);
            positions.add(new PositionInput(position.organization.slug, position.title, position.startedOn, position.endedOn, i + 1));
        }
        return new ParticipantInput(p.slug, p.name, p.bio, p.photoUrl, positions);
    }

    /** Every participant under their name, for finding the ones a text names (namesakes: the first one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, cn.tongpin.web.Ref> byName() {
        return byNames("select e.id, e.slug, e.name from Participant e order by e.createdAt");
    }
}
