package cn.tongpin.organization;

import cn.tongpin.editing.EditedView;
import cn.tongpin.web.Ref;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as the management API answers it. */
@Schema(name = "Organization")
public record OrganizationView(
        UUID id,
        @Schema(example = "qing-yuan-gao-xin-qu") String slug,
        @Schema(example = "清远高新区") String name,
        @Schema(nullable = true, example = "高新区") String shortName,
        OrganizationKind kind,
        @Schema(nullable = true) Ref parent,
        @Schema(nullable = true) String website,
        @Schema(nullable = true) String wechatAccount,
        @Schema(nullable = true) String logoUrl,
        @Schema(nullable = true) String description,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "1") int version) implements EditedView {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.slug, o.name, o.shortName, o.kind, o.parent == null ? null : o.parent.ref(),
                o.website, o.wechatAccount, o.logoUrl, o.description, o.createdAt, o.updatedAt, o.version);
    }
}
