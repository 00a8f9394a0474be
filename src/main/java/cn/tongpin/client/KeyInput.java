package cn.tongpin.client;

import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key to issue. */
@Schema(name = "KeyInput")
public record KeyInput(
        @Schema(required = true, example = "editor") @NotNull KeyKind kind,
        @Schema(description = "What the key is for", example = "CMS sync job") @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name,
        @Schema(description = "Editor keys only, and required for them: ids or slugs of the organizations whose content the key may write",
                example = "[\"qing-yuan-gao-xin-qu\"]")
        @Size(max = 50) List<@NotNull @Size(max = 100) String> organizations,
        @Schema(description = "When the key stops working; never when absent", example = "2027-12-31T23:59:59+08:00") OffsetDateTime expiresAt) {
}
