package cn.tongpin.asset;

import cn.tongpin.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/** An uploaded image's metadata; its bytes are in {@code asset_content}, read only to serve them. */
@Entity
@Table(name = "asset")
public class Asset extends BaseEntity {

    public String contentType;

    public long byteSize;

    public int width;

    public int height;

    public String sha256;

    public String fileName;

    public String altText;

    public String caption;

    /** Where the subject is, 0–1 from the left; with focalY, or both null (crops are then centred). */
    @Column(name = "focal_x") // the naming rule puts no underscore before a final capital
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

    /** Where the delivery API serves it. */
    public String url() {
        return AssetDelivery.PATH + "/" + id;
    }
}
