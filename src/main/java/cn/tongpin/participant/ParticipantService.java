package cn.tongpin.participant;

import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Sortable;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.ParticipantInput.PositionInput;
import cn.tongpin.slug.Slugs;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.References;
import cn.tongpin.web.Validation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Participants and their positions; a participant named by a meeting cannot be deleted. */
@ApplicationScoped
@Transactional
public class ParticipantService {

    static final ListQuery<Participant> LIST = ListQuery.of(Participant.class, p -> p.id, List.of(
            Sortable.of("name", "e.name", Sortable.Type.STRING, p -> p.name),
            Sortable.of("slug", "e.slug", Sortable.Type.STRING, p -> p.slug),
            Sortable.of("createdAt", "e.createdAt", Sortable.Type.TIMESTAMP, p -> p.createdAt),
            Sortable.of("updatedAt", "e.updatedAt", Sortable.Type.TIMESTAMP, p -> p.updatedAt)));

    @Inject
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    ObjectMapper mapper;

    public ListResponse<ParticipantView> list(ListParams params, String organization) {
        Filter filter = new Filter();
        if (organization != null) {
            Organization o = Organization.findByIdOrSlug(organization)
                    .orElseThrow(() -> ProblemException.badParameter("organization", "no organization with this id or slug"));
            filter.where("exists (select 1 from Participant p join p.positions pos where p = e and pos.organization.id = :org)",
                    "org", o.id);
        }
        return LIST.run(em, params, filter).map(ParticipantView::of);
    }

    public ParticipantView get(String idOrSlug) {
        return ParticipantView.of(find(idOrSlug));
    }

    public ParticipantView create(ParticipantInput input) {
        validation.check(input);
        Participant participant = new Participant();
        participant.slug = Slugs.choose(input.slug(), input.name(), "person", s -> Participant.slugTaken(s, null));
        apply(participant, input);
        participant.persistAndFlush();
        return ParticipantView.of(participant);
    }

    public ParticipantView replace(String idOrSlug, ParticipantInput input, String ifMatch) {
        Participant participant = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, participant.version, true);
        validation.check(input);
        if (input.slug() != null && !input.slug().equals(participant.slug)) {
            participant.slug = Slugs.choose(input.slug(), input.name(), "person", s -> Participant.slugTaken(s, participant.id));
        }
        apply(participant, input);
        participant.touch();
        em.flush();
        return ParticipantView.of(participant);
    }

    public ParticipantView patch(String idOrSlug, JsonNode patch, String ifMatch) {
        Participant participant = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, participant.version, true);
        ParticipantInput merged = MergePatch.apply(mapper, toInput(participant), patch, ParticipantInput.class);
        return replace(participant.id.toString(), merged, ifMatch);
    }

    public void delete(String idOrSlug, String ifMatch) {
        Participant participant = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, participant.version, false);
        @SuppressWarnings("unchecked")
        List<String> meetings = em.createNativeQuery("select distinct m.title from meeting m join meeting_attendee ma"
                + " on ma.meeting_id = m.id where ma.participant_id = ?1 order by m.title")
                .setParameter(1, participant.id).setMaxResults(50).getResultList();
        References.requireNone("participant", List.of(References.describe("meeting", "meetings", meetings)));
        participant.delete();
        em.flush();
    }

    private Participant find(String idOrSlug) {
        return Participant.findByIdOrSlug(idOrSlug).orElseThrow(() -> ProblemException.notFound("participant", idOrSlug));
    }

    private void apply(Participant participant, ParticipantInput input) {
        participant.name = input.name().strip();
        participant.bio = blankToNull(input.bio());
        participant.photoUrl = blankToNull(input.photoUrl());
        participant.positions.clear();
        participant.positions.addAll(positions(input.positions()));
    }

    private static List<Position> positions(List<PositionInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
            PositionInput in = inputs.get(i);
            if (in.from() != null && in.until() != null && in.until().isBefore(in.from())) {
                errors.add(new FieldError("positions[" + i + "].until", "must not be before from"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        order.sort(Comparator.comparing((Integer i) -> inputs.get(i).order() == null ? i : inputs.get(i).order())
                .thenComparing(i -> i));
        List<Position> positions = new ArrayList<>();
        for (int i : order) {
            PositionInput in = inputs.get(i);
            Position position = new Position();
            position.organization = Organization.require(in.organization(), "positions[" + i + "].organization");
            position.title = in.title().strip();
            position.startedOn = in.from();
            position.endedOn = in.until();
            positions.add(position);
        }
        return positions;
    }

    static ParticipantInput toInput(Participant p) {
        List<PositionInput> positions = new ArrayList<>();
        for (int i = 0; i < p.positions.size(); i++) {
            Position position = p.positions.get(i);
            positions.add(new PositionInput(position.organization.slug, position.title, position.startedOn, position.endedOn, i + 1));
        }
        return new ParticipantInput(p.slug, p.name, p.bio, p.photoUrl, positions);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
