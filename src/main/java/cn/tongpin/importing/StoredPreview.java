package cn.tongpin.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(nullable = false)
    public String preview;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "article_id")
    public UUID articleId;
}
