package cn.tongpin.organization;

import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/** What of an organization is searchable: its names (weigh most) and description. */
@ApplicationScoped
public class OrganizationSearch extends SearchSource<Organization> {

    OrganizationSearch() {
        super("organization", Organization.class, o -> o.name + " " + (o.shortName == null ? "" : o.shortName),
                o -> Arrays.asList(o.description));
    }
}
