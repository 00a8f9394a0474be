package cn.tongpin.organization;

import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/** What of an organization is searchable: its names (weigh most) and description. */
@ApplicationScoped
public class OrganizationSearch extends SearchSource<Organization> {

    OrganizationSearch() {
        super("organization", Organization.class);
    }

    @Override
    protected String title(Organization o) {
        return o.name + " " + (o.shortName == null ? "" : o.shortName);
    }

    @Override
    protected List<String> body(Organization o) {
        return Arrays.asList(o.description);
    }
}
