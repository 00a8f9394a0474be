package cn.tongpin.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * What every row that is changed in place has: a generated UUID, creation and change times set on
 * insert and update, and a version that grows with every change (optimistic locking, ETags).
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator
    public UUID id;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public Integer version;

    @PrePersist
    void beforeInsert() {
        if (version == null) {
            version = 1;
        }
        OffsetDateTime now = now();
        createdAt = now;
        updatedAt = now;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
    }

    /** Marks a change that only touched owned collections, so that the version and time still move. */
    public void touch() {
        updatedAt = now();
    }

    /** The time as stored: UTC, to the microsecond. */
    public static OffsetDateTime now() {
        // PostgreSQL keeps microseconds; truncating keeps what we answer equal to what we store.
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
