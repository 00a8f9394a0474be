package cn.tongpin.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "key_id")
    public UUID keyId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String method;

    /** The path without its query string (which could hold a key). */
    @Column(nullable = false)
    public String path;

    @Column(name = "target_type", nullable = false)
    public String targetType;

    @Column(name = "target_id")
    public String targetId;

    @Column(nullable = false)
    public int status;

    @Column(name = "request_id")
    public String requestId;
}
