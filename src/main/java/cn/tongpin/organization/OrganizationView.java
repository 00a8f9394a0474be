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
        @Schema(example = "高新区") String shortName,
        OrganizationKind kind,
        Ref parent,
        String website,
        String wechatAccount,
        String logoUrl,
        String description,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "1") int version) implements EditedView {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.slug, o.name, o.shortName, o.kind, o.parent == null ? null : o.parent.ref(),
                o.website, o.wechatAccount, o.logoUrl, o.description, o.createdAt, o.updatedAt, o.version);
    }
}
