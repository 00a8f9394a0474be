package cn.tongpin.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** One write: who (client and key ids, never a secret), what, on which target, when, in which request. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator
    public UUID id;

    public OffsetDateTime occurredAt;

    public UUID clientId;

    public UUID keyId;

    public String action;

    public String method;

    /** The path without its query string (which could hold a key). */
    public String path;

    public String targetType;

    public String targetId;

    public int status;

    public String requestId;
}
