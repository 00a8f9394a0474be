package cn.tongpin.meeting;

/** The part an organization played in a meeting. */
public enum OrganizationRole {
    host, visiting, partner
}
