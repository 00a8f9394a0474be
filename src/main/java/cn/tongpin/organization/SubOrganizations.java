package cn.tongpin.organization;

import cn.tongpin.reference.Referable;
import cn.tongpin.reference.TableReferrers;
import jakarta.enterprise.context.ApplicationScoped;

/** An organization is pointed at by the organizations nested under it. */
@ApplicationScoped
class SubOrganizations extends TableReferrers {

    SubOrganizations() {
        super("sub-organization", "sub-organizations", 10);
    }

    @Override
    protected String query(Referable type) {
        return type == Referable.ORGANIZATION ? "select name from organization where parent_id = ?1 order by name" : null;
    }
}
