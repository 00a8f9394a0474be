package cn.tongpin.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The first answer to a POST with an Idempotency-Key, replayed to retries. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public String requestHash;

    public int status;

    public String location;

    public String body;

    public OffsetDateTime createdAt;

    /** The key as the caller sent it, scoped to the path it was sent to. */
    @Embeddable
    public record Key(String idempotencyKey, String requestPath) implements Serializable {
    }
}
