package cn.tongpin.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Where multipart uploads are spooled: a folder this process creates for itself (readable by its
 * user only), not Quarkus' default {@code uploads} folder in the system temp folder, which another
 * user of the machine may own already. {@code QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY} still wins.
 * Registered in META-INF/services; the folder is made when the value is first asked for.
 */
public class UploadsFolder implements ConfigSource {

    static final String PROPERTY = "quarkus.http.body.uploads-directory";
    /** Below application.properties (250) and the environment (300), above Quarkus' defaults. */
    private static final int ORDINAL = 200;

    private volatile String folder;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, folder());
    }

    @Override
    public String getValue(String name) {
        return PROPERTY.equals(name) ? folder() : null;
    }

    @Override
    public String getName() {
        return "tongpin-uploads-folder";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    private String folder() {
        if (folder == null) {
            synchronized (this) {
                if (folder == null) {
                    folder = create().toString();
                }
            }
        }
        return folder;
    }

    private static Path create() {
        try {
            Path made;
            try {
                made = Files.createTempDirectory("tongpin-uploads-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                made = Files.createTempDirectory("tongpin-uploads-");
            }
            made.toFile().deleteOnExit();
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a folder for uploads in the temp folder", e);
        }
    }
}
