package cn.tongpin.participant;

import cn.tongpin.organization.Organization;
import cn.tongpin.search.CopiedText;
import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Stream;

/** What of a participant is searchable: the name (weighs most), bio and every position. */
@ApplicationScoped
public class ParticipantSearch extends SearchSource<Participant> {

    ParticipantSearch() {
        super("participant", Participant.class, p -> p.name,
                p -> Stream.concat(Stream.of(p.bio), p.positions.stream().flatMap(at -> Stream.of(at.organization.name, at.title))).toList(),
                CopiedText.of(Organization.class, o -> o.name, "select participant_id from participant_position where organization_id = :id"));
    }
}
