package cn.tongpin.asset;

import cn.tongpin.editing.EditedView;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image as the management API answers it. */
@Schema(name = "Asset")
public record AssetView(UUID id, String slug,
        @Schema(description = "Where the delivery API serves it", example = "/content/v1/assets/0b6d3c1e-2a4f-4f7e-9d1c-5e6f7a8b9c0d") String url,
        @Schema(example = "image/png") String contentType,
        @Schema(example = "48213") long byteSize,
        @Schema(example = "1200") int width,
        @Schema(example = "675") int height,
        @Schema(description = "SHA-256 of the bytes, hex; the same bytes are always the same asset") String sha256,
        @Schema(nullable = true) String fileName, @Schema(nullable = true) String altText, @Schema(nullable = true) String caption,
        @Schema(nullable = true, description = "Where the subject is (0–1 from the left); null when not set") Double focalX,
        @Schema(nullable = true, description = "Where the subject is (0–1 from the top); null when not set") Double focalY,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) implements EditedView {

    static AssetView of(Asset a) {
        return new AssetView(a.id, a.slug, a.url(), a.contentType, a.byteSize, a.width, a.height, a.sha256, a.fileName,
                a.altText, a.caption, a.focalX, a.focalY, a.createdAt, a.updatedAt, a.version);
    }
}
