package cn.tongpin.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An import preview kept to be committed later: its answer as JSON, until it expires. */
@Entity
@Table(name = "import_preview")
public class StoredPreview extends PanacheEntityBase {

    @Id
    public UUID id;

    public String preview;

    public String createdBy;

    public OffsetDateTime createdAt;

    public OffsetDateTime expiresAt;

    public UUID articleId;
}
