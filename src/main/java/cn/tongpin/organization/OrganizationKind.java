package cn.tongpin.organization;

/** What kind of partner an organization is. Constants are spelt as they appear in JSON and SQL. */
public enum OrganizationKind {
    party_committee, government, media, company, school, association, other
}
