package cn.tongpin.sync;

import cn.tongpin.change.ContentType;
import cn.tongpin.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sync tokens as clients see them: the token's fields, then an HMAC-SHA256 of them, in base64url.
 * A client cannot read meaning into them nor make one up: any change to the text is refused (400);
 * one older than the retention is refused with 410, as the changes it would need may be gone.
 */
@ApplicationScoped
public class SyncTokens {

    private static final String VERSION = "s1";
    private static final char SEPARATOR = '|';
    private static final int MAX_LENGTH = 500;
    private static final int MAC_BYTES = 16;

    @Inject
    SyncConfig config;

    @Inject
    EntityManager em;

    private volatile byte[] key;

    String encode(SyncToken token) {
        String text = String.join(String.valueOf(SEPARATOR), VERSION, token.phase().code, Long.toString(token.from()),
                Long.toString(token.fromAt()), Long.toString(token.to()), Long.toString(token.toAt()),
                token.type() == null ? "" : token.type().wireName(),
                token.id() == null ? "" : token.id().toString());
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(mac(payload));
    }

    /**
     * @param parameter the query parameter the token came in, named in refusals
     * @param sync      whether a sync token is expected (else a page token)
     */
    SyncToken decode(String encoded, String parameter, boolean sync) {
        SyncToken token = parse(encoded, parameter);
        if (sync != (token.phase() == SyncToken.Phase.NEXT)) {
            throw ProblemException.badParameter(parameter, sync ? "is a page token; pass it as pageToken"
                    : "is a sync token; pass it as syncToken");
        }
        if (Instant.ofEpochSecond(token.fromAt()).plus(config.retention()).isBefore(Instant.now())) {
            throw new ProblemException(410, "sync_token_expired", "Sync token expired", "The token is older than the "
                    + described(config.retention()) + " changes are kept; sync again from the start, without a token, and replace"
                    + " the local copy", null);
        }
        return token;
    }

    private static String described(java.time.Duration retention) {
        return retention.toHoursPart() == 0 && retention.toMinutesPart() == 0 && retention.toSecondsPart() == 0
                ? retention.toDays() + " days" : retention.toString();
    }

    private SyncToken parse(String encoded, String parameter) {
        if (encoded.length() > MAX_LENGTH) {
            throw forged(parameter);
        }
        int dot = encoded.indexOf('.');
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(encoded.substring(0, Math.max(dot, 0)));
            signature = Base64.getUrlDecoder().decode(encoded.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw forged(parameter);
        }
        if (dot < 0 || !MessageDigest.isEqual(signature, mac(payload))) {
            throw forged(parameter);
        }
        // Signed by us: what follows holds unless the format changed under a token given out before.
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        try {
            SyncToken.Phase phase = parts.length == 8 && parts[0].equals(VERSION) ? SyncToken.Phase.of(parts[1]) : null;
            if (phase == null) {
                throw forged(parameter);
            }
            ContentType type = parts[6].isEmpty() ? null : ContentType.fromWireName(parts[6]);
            UUID id = parts[7].isEmpty() ? null : UUID.fromString(parts[7]);
            return new SyncToken(phase, Long.parseLong(parts[2]), Long.parseLong(parts[3]), Long.parseLong(parts[4]),
                    Long.parseLong(parts[5]), type, id);
        } catch (IllegalArgumentException e) {
            throw forged(parameter);
        }
    }

    private static ProblemException forged(String parameter) {
        return ProblemException.badParameter(parameter, "is not a token this API gave out; sync from the start without one");
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = config.tokenKey().map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(this::storedKey);
            key = known;
        }
        return known;
    }

    /** The key kept in the database, made by whichever instance needs it first. */
    private byte[] storedKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into sync_token_key (id, secret) values (1, ?1) on conflict (id) do nothing")
                    .setParameter(1, fresh).executeUpdate();
            return (byte[]) em.createNativeQuery("select secret from sync_token_key where id = 1").getSingleResult();
        });
    }
}
