package cn.tongpin.web;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A relation as it appears in an answer: enough to link to it and to show its name. */
@Schema(name = "Ref", description = "A related item")
public record Ref(
        @Schema(example = "0b6d3c1e-2a4f-4f7e-9d1c-5e6f7a8b9c0d") UUID id,
        @Schema(example = "qing-yuan-gao-xin-qu") String slug,
        @Schema(example = "清远高新区") String name) {
}
