package cn.tongpin.delivery.read;

import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.Sortable;
import cn.tongpin.meeting.MeetingKind;
import cn.tongpin.organization.Organization;
import cn.tongpin.organization.OrganizationKind;
import cn.tongpin.persistence.Rows;
import cn.tongpin.web.Ref;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Organizations for the delivery API, with their people, sub-organizations and meetings on request. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationDelivery extends Delivery<Organization, OrganizationContent> {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Meetings shown per organization with include=meetings. */
    static final int INCLUDED_MEETINGS = 10;

    static final ListQuery<Organization> LIST = ListQuery.ofEntities(Organization.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, o -> o.name))
            .fetching("left join fetch e.parent");

    OrganizationDelivery() {
        super("organization", LIST, OrganizationContent.SHAPE, Organization::findByIdOrSlug, o -> true);
    }

    @Override
    List<OrganizationContent> build(List<Organization> rows, Selection selection) {
        List<UUID> ids = rows.stream().map(o -> o.id).toList();
        Map<UUID, OrganizationContent> parents = selection.includes("parent")
                ? byIds(rows.stream().filter(o -> o.parent != null).map(o -> o.parent.id).toList()) : Map.of();
        Map<UUID, List<Ref>> children = selection.includes("children") ? children(ids) : Map.of();
        Map<UUID, List<OrganizationContent.Person>> people = selection.includes("people") ? people(ids) : Map.of();
        Map<UUID, List<MeetingSummary>> meetings = selection.includes("meetings") ? meetings(ids) : Map.of();
        Map<UUID, List<ArticleSummary>> articles = selection.includes("articles")
                ? readers.articles.latest(ArticleDelivery.BY_ORGANIZATION, ids, ArticleDelivery.INCLUDED_ARTICLES) : Map.of();
        return rows.stream().map(o -> new OrganizationContent(o.id, o.slug, o.name, o.shortName, o.kind,
                o.parent == null ? null : expanded(o.parent.ref(), selection.includes("parent"), parents), o.website,
                o.wechatAccount, o.logoUrl, o.description, o.createdAt, o.updatedAt, o.version,
                children.getOrDefault(o.id, List.of()), people.getOrDefault(o.id, List.of()),
                meetings.getOrDefault(o.id, List.of()), articles.getOrDefault(o.id, List.of()))).toList();
    }

    /** Organizations by id with their parent as a reference, in one statement. */
    Map<UUID, OrganizationContent> byIds(Collection<UUID> ids) {
        Map<UUID, OrganizationContent> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Object[] r : Rows.query(em, "select o.id, o.slug, o.name, o.short_name, o.kind, p.id as pid, p.slug as pslug,"
                + " p.name as pname, o.website, o.wechat_account, o.logo_url, o.description, o.created_at, o.updated_at,"
                + " o.version from organization o left join organization p on p.id = o.parent_id where o.id in (:ids)",
                Map.of("ids", new LinkedHashSet<>(ids)))) {
            Ref parent = r[5] == null ? null : new Ref(Rows.uuid(r[5]), Rows.text(r[6]), Rows.text(r[7]));
            found.put(Rows.uuid(r[0]), new OrganizationContent(Rows.uuid(r[0]), Rows.text(r[1]), Rows.text(r[2]),
                    Rows.text(r[3]), OrganizationKind.valueOf(Rows.text(r[4])), parent, Rows.text(r[8]), Rows.text(r[9]),
                    Rows.text(r[10]), Rows.text(r[11]), Rows.time(r[12]), Rows.time(r[13]), Rows.integer(r[14]),
                    null, null, null, null));
        }
        return found;
    }

    private Map<UUID, List<Ref>> children(List<UUID> ids) {
        return Rows.grouped(Rows.query(em, "select parent_id, id, slug, name from organization where parent_id in (:ids)"
                + " order by parent_id, name, id", Map.of("ids", Rows.ids(ids))),
                r -> new Ref(Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3])));
    }

    /** Who holds a position at each organization today (China time), in name order. */
    private Map<UUID, List<OrganizationContent.Person>> people(List<UUID> ids) {
        LocalDate today = LocalDate.now(CHINA);
        return Rows.grouped(Rows.query(em, "select pp.organization_id, p.id, p.slug, p.name, p.photo_url, pp.title, pp.started_on"
                + " from participant_position pp join participant p on p.id = pp.participant_id"
                + " where pp.organization_id in (:ids) and (pp.started_on is null or pp.started_on <= :today)"
                + " and (pp.ended_on is null or pp.ended_on >= :today)"
                + " order by pp.organization_id, p.name, p.id, pp.sort_order",
                Map.of("ids", Rows.ids(ids), "today", today)),
                r -> new OrganizationContent.Person(new OrganizationContent.PersonRef(Rows.uuid(r[1]), Rows.text(r[2]),
                        Rows.text(r[3]), Rows.text(r[4])), Rows.text(r[5]), Rows.date(r[6])));
    }

    /**
     * The latest published meetings of each organization, as host or in a role (a role it has there
     * wins over hosting), a few per organization.
     */
    private Map<UUID, List<MeetingSummary>> meetings(List<UUID> ids) {
        return readers.meetings.latest("select distinct on (org_id, meeting_id) org_id, meeting_id, 0, role from ("
                + " select mo.organization_id as org_id, mo.meeting_id, mo.role, 0 as prio from meeting_organization mo"
                + "   where mo.organization_id in (:ids)"
                + " union all select h.host_organization_id, h.id, 'host', 1 from meeting h where h.host_organization_id in (:ids)"
                + ") roles order by org_id, meeting_id, prio", List.of("role"), ids, INCLUDED_MEETINGS,
                r -> new MeetingSummary(Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3]), MeetingKind.valueOf(Rows.text(r[4])),
                        Rows.time(r[5]), Rows.text(r[6]), Rows.text(r[7])));
    }
}
