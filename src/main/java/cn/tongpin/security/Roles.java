package cn.tongpin.security;

/** The roles @RolesAllowed checks; an API key carries exactly one of them. */
public final class Roles {

    /** Reads the delivery API. */
    public static final String CONTENT = "content";
    /** Writes content of its organizations, reads the management API. */
    public static final String EDITOR = "editor";
    /** Everything, including clients, keys, organizations and the audit trail. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
