package cn.tongpin.participant;

import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** What of a participant is searchable: the name (weighs most), bio and every position. */
@ApplicationScoped
public class ParticipantSearch extends SearchSource<Participant> {

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
}
