package cn.tongpin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of API keys: {@code tp_<env>_} and 43 base62 characters (256 random bits). The first 8
 * random characters identify the key in lists and lookups; only the SHA-256 of the whole key is
 * stored. A high-entropy secret needs neither salt nor a slow hash.
 */
public final class ApiKeySecrets {

    public static final int RANDOM_LENGTH = 43;
    public static final int LOOKUP_LENGTH = 8;
    private static final Pattern FORM = Pattern.compile("(tp_[a-z0-9]{1,10}_)([A-Za-z0-9]{" + RANDOM_LENGTH + "," + 100 + "})");
    private static final Pattern PREFIX = Pattern.compile("tp_[a-z0-9]{1,10}_");
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    public static String generate(String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Key prefix must look like tp_live_");
        }
        StringBuilder key = new StringBuilder(prefix);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return key.toString();
    }

    public static boolean wellFormed(String key) {
        return key != null && key.length() <= 120 && FORM.matcher(key).matches();
    }

    /** The public part that names a key: its prefix and first random characters, e.g. {@code tp_live_Ab3dE9xQ}. */
    public static String displayPrefix(String key) {
        Matcher m = FORM.matcher(key);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a key");
        }
        return m.group(1) + m.group(2).substring(0, LOOKUP_LENGTH);
    }

    /** What may be logged about a presented key: its public prefix, or that it is not a key at all. */
    public static String describe(String presented) {
        return wellFormed(presented) ? displayPrefix(presented) + "…" : "not a well-formed key";
    }

    public static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hashHex(String key) {
        return HexFormat.of().formatHex(hash(key));
    }

    /** Constant-time comparison of a presented key with a stored hash. */
    public static boolean matches(String presented, String storedHashHex) {
        return MessageDigest.isEqual(hash(presented), HexFormat.of().parseHex(storedHashHex));
    }
}
