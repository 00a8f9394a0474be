package cn.tongpin.participant;

import cn.tongpin.organization.Organization;
import cn.tongpin.search.CopiedText;
import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** What of a participant is searchable: the name (weighs most), bio and every position. */
@ApplicationScoped
public class ParticipantSearch extends SearchSource<Participant> {

    private static final List<CopiedText<?>> COPIES = List.of(
            CopiedText.of(Organization.class, o -> o.name,
                    "select participant_id from participant_position where organization_id = :id"));

    ParticipantSearch() {
        super("participant", Participant.class);
    }

    @Override
    protected String title(Participant p) {
        return p.name;
    }

    @Override
    protected List<String> body(Participant p) {
        List<String> body = new ArrayList<>();
        body.add(p.bio);
        p.positions.forEach(position -> {
            body.add(position.organization.name);
            body.add(position.title);
        });
        return body;
    }

    @Override
    protected List<CopiedText<?>> copies() {
        return COPIES;
    }
}
