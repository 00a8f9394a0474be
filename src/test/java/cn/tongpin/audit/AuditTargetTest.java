package cn.tongpin.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditTargetTest {

    static final String ROOT = "/admin/v1";

    @Test
    void shouldNameCollectionAndItemOfAWrite() {
        assertEquals(new AuditTarget("create", "organizations", "o1"),
                AuditTarget.of("POST", "/admin/v1/organizations", ROOT, "/admin/v1/organizations/o1"));
        assertEquals(new AuditTarget("update", "organizations", "zone"),
                AuditTarget.of("PATCH", "/admin/v1/organizations/zone", ROOT, null));
        assertEquals(new AuditTarget("replace", "clients", "c1"), AuditTarget.of("PUT", "/admin/v1/clients/c1", ROOT, null));
        assertEquals(new AuditTarget("delete", "clients", "c1"), AuditTarget.of("DELETE", "/admin/v1/clients/c1", ROOT, null));
    }

    @Test
    void shouldNameWorkflowStepsOfArticles() {
        assertEquals(new AuditTarget("publish", "articles", "a1"), AuditTarget.of("POST", "/admin/v1/articles/a1/publish", ROOT, null));
        assertEquals(new AuditTarget("schedule", "articles", "a1"), AuditTarget.of("POST", "/admin/v1/articles/a1/schedule", ROOT, null));
        assertEquals(new AuditTarget("restore", "revisions", "3"),
                AuditTarget.of("POST", "/admin/v1/articles/a1/revisions/3/restore", ROOT, null));
    }

    @Test
    void shouldNameKeysUnderTheirClient() {
        assertEquals(new AuditTarget("create", "keys", "k1"),
                AuditTarget.of("POST", "/admin/v1/clients/c1/keys", ROOT, "/admin/v1/clients/c1/keys/k1"));
        assertEquals(new AuditTarget("revoke", "keys", "k1"), AuditTarget.of("DELETE", "/admin/v1/clients/c1/keys/k1", ROOT, null));
        assertEquals(new AuditTarget("rotate", "keys", "k1"),
                AuditTarget.of("POST", "/admin/v1/clients/c1/keys/k1/rotate", ROOT, "/admin/v1/clients/c1/keys/k2"));
    }
}
