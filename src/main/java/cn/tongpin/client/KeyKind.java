package cn.tongpin.client;

import cn.tongpin.security.Roles;

/** What a key may do; each kind is one role. Constants are spelt as they appear in JSON and SQL. */
public enum KeyKind {
    /** Reads the delivery API; the only kind also accepted as {@code ?key=}. */
    content(Roles.CONTENT),
    /** Writes content of its organizations and reads the management API. */
    editor(Roles.EDITOR),
    /** Everything. */
    admin(Roles.ADMIN);

    private final String role;

    KeyKind(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }
}
