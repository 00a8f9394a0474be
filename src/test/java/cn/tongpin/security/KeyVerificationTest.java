package cn.tongpin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An unknown prefix, a known prefix with a wrong secret and a key that is not even well-formed take
 * the same steps (one lookup, one hash comparison), so that the time of a refusal tells nothing.
 */
class KeyVerificationTest {

    static final String KNOWN = ApiKeySecrets.generate("tp_test_");
    static final StoredKeys.Candidate STORED = new StoredKeys.Candidate(UUID.randomUUID(), ApiKeySecrets.hashHex(KNOWN));

    /** Records every step verification takes. */
    static final class Steps {
        final List<String> lookups = new ArrayList<>();
        final List<String> comparedHashes = new ArrayList<>();

        Optional<UUID> verify(String presented) {
            return KeyAuthenticator.verify(presented, prefix -> {
                lookups.add(prefix);
                return prefix.equals(ApiKeySecrets.displayPrefix(KNOWN)) ? Optional.of(STORED) : Optional.empty();
            }, (key, hash) -> {
                comparedHashes.add(hash);
                return ApiKeySecrets.matches(key, hash);
            });
        }
    }

    @Test
    void shouldTakeTheSameStepsForUnknownPrefixesWrongSecretsAndGarbage() {
        String wrongSecret = ApiKeySecrets.displayPrefix(KNOWN) + "x".repeat(ApiKeySecrets.RANDOM_LENGTH - ApiKeySecrets.LOOKUP_LENGTH);
        String unknownPrefix = ApiKeySecrets.generate("tp_test_");
        for (String presented : List.of(wrongSecret, unknownPrefix, "not-a-key", "")) {
            Steps steps = new Steps();
            assertEquals(Optional.empty(), steps.verify(presented), presented);
            assertEquals(1, steps.lookups.size(), "one lookup for " + presented);
            assertEquals(1, steps.comparedHashes.size(), "one comparison for " + presented);
            assertTrue(steps.comparedHashes.get(0).matches("[0-9a-f]{64}"), "a whole SHA-256 hash compared");
        }
    }

    @Test
    void shouldCompareWithTheStoredHashOrADummyOfTheSameForm() {
        Steps known = new Steps();
        assertEquals(Optional.of(STORED.id()), known.verify(KNOWN));
        assertEquals(List.of(STORED.secretHash()), known.comparedHashes);

        Steps unknown = new Steps();
        unknown.verify(ApiKeySecrets.generate("tp_test_"));
        assertEquals(64, unknown.comparedHashes.get(0).length());
    }
}
