package cn.tongpin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.client.BootstrapAdminKey;
import cn.tongpin.support.LogCapture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first admin key: printed once for an empty database, never again, stored as a hash only. */
@QuarkusTest
class BootstrapKeyTest {

    private static final Pattern KEY = Pattern.compile("tp_test_[A-Za-z0-9]{43}");

    @Inject
    BootstrapAdminKey bootstrap;

    @Inject
    EntityManager em;

    @Test
    void shouldPrintAGeneratedKeyOnceWhenNoKeyExists() {
        // Inside a transaction that is rolled back, so the database (maybe a shared one) keeps its keys.
        QuarkusTransaction.begin();
        try (LogCapture log = LogCapture.start()) {
            em.createNativeQuery("delete from api_key").executeUpdate();
            assertTrue(bootstrap.ensure(Optional.empty()));
            Matcher printed = KEY.matcher(log.text());
            assertTrue(printed.find(), "the generated key is printed: " + log.text());
            String key = printed.group();
            assertFalse(printed.find(), "printed once");
            assertEquals(1L, count("select count(*) from api_key where secret_hash = ?1 and kind = 'admin'",
                    ApiKeySecrets.hashHex(key)), "stored as its hash");
            assertEquals(0L, count("select count(*) from api_key where secret_hash = ?1 or display_prefix = ?1", key),
                    "never stored in clear");

            int lines = log.lines().size();
            assertFalse(bootstrap.ensure(Optional.empty()), "a database with a key gets no second one");
            assertFalse(bootstrap.ensure(Optional.of(key)), "a configured key that is known is not added again");
            assertEquals(lines, log.lines().size(), "nothing printed the second time");
            assertEquals(1L, count("select count(*) from api_key where 1 = ?1", 1));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void shouldRefuseAMalformedConfiguredKey() {
        QuarkusTransaction.begin();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> bootstrap.ensure(Optional.of("admin")));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
