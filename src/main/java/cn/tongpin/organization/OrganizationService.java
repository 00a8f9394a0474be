package cn.tongpin.organization;

import static cn.tongpin.persistence.BaseEntity.require;

import cn.tongpin.change.ContentType;
import cn.tongpin.editing.EditingService;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sortable;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import cn.tongpin.reference.Referable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rules of organizations: nesting without cycles, and no deletion while referenced. */
@ApplicationScoped
@Transactional
public class OrganizationService extends EditingService<Organization, OrganizationInput, OrganizationView> {

    static final ListQuery<Organization> LIST = ListQuery.ofEntities(Organization.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, o -> o.name))
            .fetching("left join fetch e.parent");

    OrganizationService() {
        super(Organization.class, OrganizationInput.class, ContentType.ORGANIZATION, Organization::new, Referable.ORGANIZATION,
                OrganizationView::of);
    }

    public ListResponse<OrganizationView> list(Paging paging, String sort, OrganizationKind kind, String parent) {
        Filter filter = new Filter().whereGiven("e.kind = :kind", "kind", kind);
        if (parent != null) {
            Organization p = Organization.findByIdOrSlug(parent)
                    .orElseThrow(() -> ProblemException.badParameter("parent", "no organization with this id or slug"));
            filter.where("e.parent.id = :parent", "parent", p.id);
        }
        return list(LIST, "name", paging, sort, filter);
    }

    @Inject
    OrganizationSearch search;

    @Override
    protected void written(Organization organization) {
        search.index(organization);
    }

    @Override
    protected Set<UUID> organizationIds(Organization organization) {
        return Set.of(organization.id);
    }

    @Override
    protected void apply(Organization organization, OrganizationInput input) {
        organization.name = input.name().strip();
        organization.shortName = blankToNull(input.shortName());
        organization.kind = input.kind();
        organization.parent = input.parent() == null ? null : resolveParent(organization, input.parent());
        organization.website = blankToNull(input.website());
        organization.wechatAccount = blankToNull(input.wechatAccount());
        organization.logoUrl = blankToNull(input.logoUrl());
        organization.description = blankToNull(input.description());
    }

    /** The parent must exist and must not be the organization itself or one of its descendants. */
    private static Organization resolveParent(Organization organization, String idOrSlug) {
        Organization parent = require(Organization.class, idOrSlug, "parent");
        Set<UUID> seen = new HashSet<>();
        for (Organization step = parent; step != null; step = step.parent) {
            if (step.id.equals(organization.id) || !seen.add(step.id)) {
                throw ProblemException.unprocessable("cycle",
                        "An organization cannot be nested under itself or one of its own sub-organizations",
                        List.of(new FieldError("parent", "would make a cycle")));
            }
        }
        return parent;
    }

    @Override
    protected OrganizationInput toInput(Organization o) {
        return new OrganizationInput(o.slug, o.name, o.shortName, o.kind, o.parent == null ? null : o.parent.slug,
                o.website, o.wechatAccount, o.logoUrl, o.description);
    }

    /** Every organization under its name and its short name, for finding the ones a text names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, cn.tongpin.web.Ref> byName() {
        return byNames("select e.id, e.slug, e.name, e.shortName from Organization e order by e.createdAt, e.id");
    }
}
