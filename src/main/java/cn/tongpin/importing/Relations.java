package cn.tongpin.importing;

import cn.tongpin.meeting.MeetingService;
import cn.tongpin.meeting.MeetingService.MeetingFacts;
import cn.tongpin.organization.OrganizationService;
import cn.tongpin.participant.ParticipantService;
import cn.tongpin.web.Ref;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the people and organizations a story names among ours (by their names and short names,
 * and by HanLP's recogniser for names we do not hold) and the meeting it reports on, through the
 * owners' services.
 */
@ApplicationScoped
public class Relations {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int SHORTEST_NAME = 2;
    private static final int YEARS_BACK_WITHOUT_YEAR = 2;
    private static final Segment RECOGNISER = HanLP.newSegment().enableOffset(true).enableNameRecognize(true)
            .enableOrganizationRecognize(true);

    @Inject
    ParticipantService participants;

    @Inject
    OrganizationService organizations;

    @Inject
    MeetingService meetings;

    /** What a story links to; {@code unmatched} are names HanLP recognised that match nothing of ours. */
    public record Found(List<ProposedLink> participants, List<ProposedLink> organizations, ProposedLink source, ProposedLink meeting,
            List<String> unmatched) {
    }

    public Found find(String text, String sourceName, LocalDate date, MonthDay day) {
        Map<UUID, ProposedLink> people = named(text, participants.byName());
        Map<String, Ref> organizationNames = organizations.byName();
        Map<UUID, ProposedLink> orgs = named(text, organizationNames);
        ProposedLink source = sourceName == null ? null : named(sourceName, organizationNames).values().stream().findFirst().orElse(null);
        boolean[] known = new boolean[text.length()];
        mark(text, people.values(), known);
        mark(text, orgs.values(), known);
        List<String> unmatched = new ArrayList<>();
        for (Term term : RECOGNISER.seg(text)) {
            String nature = term.nature == null ? "" : term.nature.toString();
            if ((nature.startsWith("nr") || nature.startsWith("nt")) && term.word.length() >= SHORTEST_NAME
                    && !overlaps(known, term.offset, term.word.length()) && !unmatched.contains(term.word)) {
                unmatched.add(term.word);
            }
        }
        ProposedLink meeting = meeting(text, date, day, people.keySet(), orgs);
        return new Found(List.copyOf(people.values()), List.copyOf(orgs.values()), source, meeting, List.copyOf(unmatched));
    }

    /** Every item whose name occurs in the text, longest names first so a short name inside a long one adds nothing new. */
    private static Map<UUID, ProposedLink> named(String text, Map<String, Ref> names) {
        Map<UUID, ProposedLink> found = new LinkedHashMap<>();
        names.entrySet().stream().filter(e -> e.getKey().length() >= SHORTEST_NAME)
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .filter(e -> text.contains(e.getKey()))
                .forEach(e -> found.putIfAbsent(e.getValue().id(),
                        new ProposedLink(e.getValue().id().toString(), e.getValue().slug(), e.getValue().name(), e.getKey())));
        return found;
    }

    /** The venue is in the text, or it is an organization the text names (perhaps by its short name). */
    private static boolean venueNamed(String venue, String text, Map<UUID, ProposedLink> orgs) {
        if (venue == null || venue.isBlank()) {
            return false;
        }
        String place = venue.strip();
        return text.contains(place) || orgs.values().stream().anyMatch(o -> place.equals(o.name()) || place.contains(o.matched()));
    }

    /** Marks every place the text names one of the links, so the recogniser's overlapping guesses are not reported. */
    private static void mark(String text, java.util.Collection<ProposedLink> links, boolean[] known) {
        for (ProposedLink link : links) {
            for (int at = text.indexOf(link.matched()); at >= 0; at = text.indexOf(link.matched(), at + 1)) {
                java.util.Arrays.fill(known, at, at + link.matched().length(), true);
            }
        }
    }

    private static boolean overlaps(boolean[] known, int offset, int length) {
        for (int i = Math.max(0, offset); i < Math.min(known.length, offset + length); i++) {
            if (known[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The meeting held on the story's day (with the year, or the month and day within the last two
     * years), at a place the story names (its venue, an organization of that name, or its host), with at
     * least two of its attendees named (all of them when it has fewer).
     */
    private ProposedLink meeting(String text, LocalDate date, MonthDay day, Set<UUID> people, Map<UUID, ProposedLink> orgs) {
        if (date == null && day == null) {
            return null;
        }
        OffsetDateTime from;
        OffsetDateTime to;
        if (date != null) {
            from = date.atStartOfDay(CHINA).toOffsetDateTime();
            to = from.plusDays(1);
        } else {
            to = OffsetDateTime.now(CHINA).plusDays(1);
            from = to.minusYears(YEARS_BACK_WITHOUT_YEAR);
        }
        for (MeetingFacts facts : meetings.startedBetween(from, to)) {
            LocalDate held = facts.startsAt().atZoneSameInstant(CHINA).toLocalDate();
            boolean sameDay = date != null ? held.equals(date) : MonthDay.from(held).equals(day);
            boolean samePlace = facts.host() != null && orgs.containsKey(facts.host()) || venueNamed(facts.venue(), text, orgs);
            Set<UUID> attended = new LinkedHashSet<>(facts.attendees());
            attended.retainAll(people);
            boolean samePeople = !facts.attendees().isEmpty() && attended.size() >= Math.min(2, facts.attendees().size());
            if (sameDay && samePlace && samePeople) {
                return new ProposedLink(facts.ref().id().toString(), facts.ref().slug(), facts.ref().name(), facts.venue());
            }
        }
        return null;
    }
}
