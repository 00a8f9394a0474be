package cn.tongpin.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a delivery as the Standard Webhooks specification says a receiver must, written from the
 * specification and independent of the service's own signer: the key is the base64 after
 * {@code whsec_}; the signed content is {@code id.timestamp.body}; {@code webhook-signature} holds
 * space-separated {@code v1,<base64 HMAC-SHA256>} of which one must match.
 */
final class PublishedVerifier {

    private PublishedVerifier() {
    }

    static boolean verifies(String secret, String id, String timestamp, String body, String signatureHeader) {
        String expected = expected(secret, id, timestamp, body);
        for (String part : signatureHeader.split(" ")) {
            String[] versioned = part.split(",", 2);
            if (versioned.length == 2 && versioned[0].equals("v1")
                    && MessageDigest.isEqual(versioned[1].getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    static String expected(String secret, String id, String timestamp, String body) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
