package cn.tongpin.organization;

import cn.tongpin.persistence.NamedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/** A partner in the joint publicity: party committee, government body, media outlet, company… */
@Entity
@Table(name = "organization")
public class Organization extends NamedEntity {

    public String shortName;

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization parent;

    public String website;

    public String wechatAccount;

    public String logoUrl;

    public String description;

    public static Optional<Organization> findByIdOrSlug(String idOrSlug) {
        return byIdOrSlug(Organization.class, idOrSlug);
    }
}
