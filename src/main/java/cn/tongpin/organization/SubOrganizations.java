package cn.tongpin.organization;

import cn.tongpin.change.ContentType;
import cn.tongpin.reference.Referable;
import cn.tongpin.reference.ReferringContent;
import cn.tongpin.reference.ReferringContent.Link;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** An organization is pointed at by the organizations nested under it, which show it as their parent. */
@Singleton
class SubOrganizations {

    @Produces
    @Singleton
    static ReferringContent subOrganizations() {
        return ReferringContent.of("organization", ContentType.ORGANIZATION, 10).called("sub-organization", "sub-organizations")
                .links(Link.column(Referable.ORGANIZATION, "parent_id"));
    }
}
