package cn.tongpin.delivery.read;

import cn.tongpin.organization.OrganizationKind;
import cn.tongpin.web.Ref;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as the delivery API answers it; people, meetings and children only when included. */
@Schema(name = "DeliveredOrganization")
public record OrganizationContent(UUID id, @Schema(example = "qing-yuan-gao-xin-qu") String slug,
        @Schema(example = "清远高新区") String name, @Schema(nullable = true, example = "高新区") String shortName, OrganizationKind kind,
        @Schema(nullable = true, description = "A reference, or the full organization with include=parent", implementation = Expanded.Organization.class) Object parent,
        @Schema(nullable = true) String website, @Schema(nullable = true) String wechatAccount, @Schema(nullable = true) String logoUrl, @Schema(nullable = true) String description,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, @Schema(example = "1") int version,
        @Schema(nullable = true, description = "Only with include=children: the sub-organizations") List<Ref> children,
        @Schema(nullable = true, description = "Only with include=people: who holds a position here today") List<Person> people,
        @Schema(nullable = true, description = "Only with include=meetings: the latest published meetings it took part in") List<MeetingSummary> meetings,
        @Schema(nullable = true, description = "Only with include=articles: the latest published articles from or about it") List<ArticleSummary> articles) {

    /** Someone holding a position at the organization today. */
    @Schema(name = "DeliveredPerson")
    public record Person(PersonRef participant, @Schema(nullable = true, example = "管委会主任") String title, @Schema(nullable = true) LocalDate from) {
    }

    @Schema(name = "DeliveredPersonRef")
    public record PersonRef(UUID id, String slug, @Schema(example = "周岐贤") String name, @Schema(nullable = true) String photoUrl) {
    }

    static final Set<String> FIELDS = Set.of("id", "slug", "name", "shortName", "kind", "parent", "website", "wechatAccount",
            "logoUrl", "description", "createdAt", "updatedAt", "version");
    static final Selection.Shape SHAPE = new Selection.Shape(FIELDS,
            Map.of("parent", FIELDS, "children", Set.of("id", "slug", "name"),
                    "people", Set.of("participant", "title", "from"), "meetings", MeetingSummary.FIELDS,
                    "articles", ArticleSummary.FIELDS),
            Set.of("parent", "children", "people", "meetings", "articles"));
}
