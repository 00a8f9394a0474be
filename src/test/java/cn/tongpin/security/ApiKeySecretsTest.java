package cn.tongpin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeySecretsTest {

    @Test
    void shouldGenerateLongRandomKeysWithTheirPrefix() {
        String key = ApiKeySecrets.generate("tp_live_");
        assertTrue(key.matches("tp_live_[A-Za-z0-9]{43}"), key);
        assertNotEquals(key, ApiKeySecrets.generate("tp_live_"));
        assertTrue(ApiKeySecrets.wellFormed(key));
        assertEquals(key.substring(0, 16), ApiKeySecrets.displayPrefix(key));
    }

    @Test
    void shouldMatchOnlyTheKeyItsHashWasMadeFrom() {
        String key = ApiKeySecrets.generate("tp_test_");
        String hash = ApiKeySecrets.hashHex(key);
        assertEquals(64, hash.length());
        assertTrue(ApiKeySecrets.matches(key, hash));
        assertFalse(ApiKeySecrets.matches(key + "x", hash));
        assertFalse(ApiKeySecrets.matches(ApiKeySecrets.generate("tp_test_"), hash));
    }

    @Test
    void shouldDescribeKeysByTheirPublicPartOnly() {
        String key = ApiKeySecrets.generate("tp_live_");
        assertEquals(key.substring(0, 16) + "…", ApiKeySecrets.describe(key));
        assertEquals("not a well-formed key", ApiKeySecrets.describe("Basic dXNlcjpwYXNz"));
        assertFalse(ApiKeySecrets.wellFormed("tp_live_short"));
        assertFalse(ApiKeySecrets.wellFormed(null));
    }
}
