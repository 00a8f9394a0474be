package cn.tongpin.importing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every change the repairs made, in the order they ran. */
@Schema(name = "RepairReport")
public record RepairReport(
        @Schema(description = "The repairs that ran, in order", example = "[\"boilerplate\",\"pinyin-annotations\",\"traditional-to-simplified\",\"punctuation\",\"spacing\"]")
        List<String> repairs,
        @Schema(description = "Each change; its position is in the text as that repair received it (the source text for the first)")
        List<TextChange> changes,
        @Schema(description = "The source text as extracted (title line, then the body as Markdown), before any repair") String source,
        @Schema(description = "The same after every repair: the draft's title line and body") String text) {
}
