package cn.tongpin.asset;

import cn.tongpin.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** An uploaded image's metadata; its bytes are in {@code asset_content}, read only to serve them. */
@Entity
@Table(name = "asset")
public class Asset extends BaseEntity {

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "byte_size", nullable = false)
    public long byteSize;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "alt_text")
    public String altText;

    public String caption;

    /** Where the subject is, 0–1 from the left; with focalY, or both null (crops are then centred). */
    @Column(name = "focal_x")
    public Double focalX;

    /** Where the subject is, 0–1 from the top. */
    @Column(name = "focal_y")
    public Double focalY;

    public static Optional<Asset> findByIdOrSlug(String idOrSlug) {
        return byIdOrSlug(Asset.class, idOrSlug);
    }

    public static Optional<Asset> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    public static boolean slugTaken(String slug, UUID except) {
        return count("slug = ?1 and (?2 is null or id <> ?2)", slug, except) > 0;
    }

    /** Where the delivery API serves it. */
    public String url() {
        return AssetDelivery.PATH + "/" + id;
    }
}
