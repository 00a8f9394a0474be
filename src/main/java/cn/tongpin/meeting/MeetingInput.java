package cn.tongpin.meeting;

import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;
import static cn.tongpin.web.TextRules.TEXT;
import static cn.tongpin.web.TextRules.TEXT_MESSAGE;

import cn.tongpin.editing.EditableInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting as an editor writes it; every list is replaced as a whole and kept in the order sent. */
@Schema(name = "MeetingInput")
public record MeetingInput(
        @Schema(description = "Made from the title (pinyin) when not given") @Size(max = 100) String slug,
        @Schema(required = true, example = "symposium") @NotNull MeetingKind kind,
        @Schema(required = true, example = "清远高新区与清远广播电视台宣传合作座谈会") @NotBlank @Size(max = 300) @Pattern(regexp = LINE, message = LINE_MESSAGE) String title,
        @Schema(required = true, example = "2025-10-11T09:30:00+08:00") @NotNull OffsetDateTime startsAt,
        @Schema(example = "2025-10-11T11:30:00+08:00") OffsetDateTime endsAt,
        @Schema(example = "清远广播电视台") @Size(max = 300) @Pattern(regexp = LINE, message = LINE_MESSAGE) String venue,
        @Schema(description = "Id or slug of the host organization") @Size(max = 100) String hostOrganization,
        @Size(max = 50) List<@NotNull @Valid OrganizationInRole> organizations,
        @Size(max = 200) List<@NotNull @Valid AttendeeInput> attendees,
        @Schema(description = "Ids or slugs of topics") @Size(max = 50) List<@NotBlank @Size(max = 100) String> topics,
        @Size(max = 50) List<@NotNull @Valid ActivityInput> activities,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String> outcomes,
        @Size(max = 20000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String summary,
        @Schema(description = "draft when not given", example = "published") MeetingStatus status)
        implements EditableInput {

    @Override
    public String slugSource() {
        return title;
    }

    /** An organization and the part it played. */
    @Schema(name = "MeetingOrganizationInput")
    public record OrganizationInRole(
            @Schema(required = true, description = "Id or slug") @NotBlank @Size(max = 100) String organization,
            @Schema(required = true, example = "visiting") @NotNull OrganizationRole role) {
    }

    /**
     * A person at the meeting. Without a title, the titles of the positions they held on the day
     * are recorded; either way the title is kept as it was at the meeting.
     */
    public record AttendeeInput(
            @Schema(required = true, description = "Id or slug") @NotBlank @Size(max = 100) String participant,
            @Schema(required = true, example = "led_delegation") @NotNull AttendeeRole role,
            @Schema(example = "党工委副书记、管委会主任") @Size(max = 500) @Pattern(regexp = LINE, message = LINE_MESSAGE) String title,
            @Schema(description = "Id or slug of the organization they came for") @Size(max = 100) String organization) {
    }

    /** Something that happened, e.g. a tour. */
    public record ActivityInput(
            @Schema(required = true, example = "参观主播矩阵") @NotBlank @Size(max = 300) @Pattern(regexp = LINE, message = LINE_MESSAGE) String title,
            @Size(max = 5000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String description) {
    }
}
