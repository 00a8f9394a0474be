package cn.tongpin.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Encrypts the signing secrets at rest (AES-256-GCM) under a key that is not in the database, so
 * that a dump of the database does not reveal them: {@code tongpin.webhooks.encryption-key}, or a
 * key generated once into the data folder, readable by the service's user only (like the embedded
 * database's password). Stored form: {@code v1:} + base64(12-byte nonce ‖ ciphertext ‖ tag).
 */
@ApplicationScoped
public class SecretBox {

    static final String FILE = "webhook-secrets.key";
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(SecretBox.class);

    @Inject
    WebhookConfig config;

    @ConfigProperty(name = "tongpin.database.embedded.data-dir", defaultValue = "data")
    String dataDir;

    private volatile SecretKey key;

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a webhook secret", e);
        }
    }

    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("A webhook secret is stored in an unknown form");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret cannot be decrypted: was tongpin.webhooks.encryption-key"
                    + " (or " + FILE + ") changed?", e);
        }
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(config.encryptionKey().map(SecretBox::decodeKey).orElseGet(this::keyFromFile), "AES");
                }
                k = key;
            }
        }
        return k;
    }

    private static byte[] decodeKey(String text) {
        byte[] bytes = Base64.getDecoder().decode(text.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("tongpin.webhooks.encryption-key must be the base64 of 32 bytes");
        }
        return bytes;
    }

    private byte[] keyFromFile() {
        Path file = Path.of(config.keyFile().orElse(Path.of(dataDir).resolve(FILE).toString()));
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    if (posix(file)) {
                        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                    } else {
                        Files.createFile(file);
                    }
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
                    LOG.infof("Generated the key that encrypts webhook secrets into %s; keep it with the backups of the data", file);
                } catch (FileAlreadyExistsException e) {
                    // Another start made it a moment ago: read theirs.
                }
            } else if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                LOG.warnf("%s was readable by other users; it is now readable by this service's user only", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            return decodeKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the webhook secrets key " + file, e);
        }
    }

    private static boolean posix(Path file) {
        return file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
