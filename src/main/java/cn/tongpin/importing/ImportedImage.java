package cn.tongpin.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image the source shows. Article bodies hold only our own assets, so it is listed for an editor to upload, not put in the body. */
@Schema(name = "ImportedImage")
public record ImportedImage(
        @Schema(example = "https://mmbiz.qpic.cn/mmbiz_jpg/abc/640") String url,
        @Schema(nullable = true, description = "Null when the source gives none", example = "座谈会现场") String alt) {
}
