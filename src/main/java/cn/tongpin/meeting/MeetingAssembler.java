package cn.tongpin.meeting;

import static cn.tongpin.persistence.BaseEntity.require;
import static cn.tongpin.persistence.BaseEntity.requireAll;

import cn.tongpin.meeting.MeetingInput.ActivityInput;
import cn.tongpin.meeting.MeetingInput.AttendeeInput;
import cn.tongpin.meeting.MeetingInput.OrganizationInRole;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.participant.Position;
import cn.tongpin.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a meeting request into the entity's state (resolving every reference) and back. */
@ApplicationScoped
class MeetingAssembler {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    void apply(Meeting meeting, MeetingInput input) {
        meeting.kind = input.kind();
        meeting.title = input.title().strip();
        meeting.startsAt = input.startsAt();
        meeting.endsAt = input.endsAt();
        meeting.venue = blankToNull(input.venue());
        meeting.hostOrganization = input.hostOrganization() == null ? null
                : require(Organization.class, input.hostOrganization(), "hostOrganization");
        meeting.summary = blankToNull(input.summary());
        meeting.status = input.status() == null ? MeetingStatus.draft : input.status();

        meeting.organizations.clear();
        List<OrganizationInRole> organizations = orEmpty(input.organizations());
        for (int i = 0; i < organizations.size(); i++) {
            MeetingOrganization role = new MeetingOrganization();
            role.organization = require(Organization.class, organizations.get(i).organization(), "organizations[" + i + "].organization");
            role.role = organizations.get(i).role();
            meeting.organizations.add(role);
        }

        meeting.attendees.clear();
        List<AttendeeInput> attendees = orEmpty(input.attendees());
        LocalDate day = input.startsAt().atZoneSameInstant(CHINA).toLocalDate();
        for (int i = 0; i < attendees.size(); i++) {
            meeting.attendees.add(attendance(attendees.get(i), i, day));
        }

        meeting.topics.clear();
        meeting.topics.addAll(requireAll(Topic.class, input.topics(), "topics"));

        meeting.activities.clear();
        for (ActivityInput in : orEmpty(input.activities())) {
            Activity activity = new Activity();
            activity.title = in.title().strip();
            activity.description = blankToNull(in.description());
            meeting.activities.add(activity);
        }

        meeting.outcomes.clear();
        orEmpty(input.outcomes()).forEach(o -> meeting.outcomes.add(o.strip()));
    }

    private static Attendance attendance(AttendeeInput in, int index, LocalDate day) {
        Attendance attendance = new Attendance();
        attendance.participant = require(Participant.class, in.participant(), "attendees[" + index + "].participant");
        attendance.role = in.role();
        attendance.organization = in.organization() == null ? null
                : require(Organization.class, in.organization(), "attendees[" + index + "].organization");
        if (in.title() != null && !in.title().isBlank()) {
            attendance.title = in.title().strip();
        } else {
            // Recorded now, from the positions held on the day, so later changes do not rewrite history.
            List<Position> held = attendance.participant.positionsHeldOn(day);
            attendance.title = held.isEmpty() ? null : held.stream().map(p -> p.title).collect(Collectors.joining("、"));
        }
        return attendance;
    }

    static MeetingInput toInput(Meeting m) {
        return new MeetingInput(m.slug, m.kind, m.title, m.startsAt, m.endsAt, m.venue,
                m.hostOrganization == null ? null : m.hostOrganization.slug,
                m.organizations.stream().map(o -> new OrganizationInRole(o.organization.slug, o.role)).toList(),
                m.attendees.stream().map(a -> new AttendeeInput(a.participant.slug, a.role, a.title,
                        a.organization == null ? null : a.organization.slug)).toList(),
                m.topics.stream().map(t -> t.slug).toList(),
                m.activities.stream().map(a -> new ActivityInput(a.title, a.description)).toList(),
                new ArrayList<>(m.outcomes), m.summary, m.status);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
