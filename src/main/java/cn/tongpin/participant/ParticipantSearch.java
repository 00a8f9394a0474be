package cn.tongpin.participant;

import cn.tongpin.search.SearchIndex;
import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What of a participant is searchable: the name (weighs most), the bio, and every title with its organization. */
@ApplicationScoped
public class ParticipantSearch implements SearchSource {

    @Inject
    SearchIndex index;

    @Inject
    EntityManager em;

    @Override
    public String table() {
        return "participant";
    }

    @Override
    public void index(UUID id) {
        index(em.find(Participant.class, id));
    }

    void index(Participant p) {
        List<String> body = new ArrayList<>();
        body.add(p.bio);
        p.positions.forEach(position -> {
            body.add(position.organization.name);
            body.add(position.title);
        });
        index.store("participant", p.id, p.name, body.toArray(String[]::new));
    }
}
