package cn.tongpin.security;

/** The roles @RolesAllowed checks. */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
