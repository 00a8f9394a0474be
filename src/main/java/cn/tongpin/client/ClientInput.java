package cn.tongpin.client;

import cn.tongpin.editing.EditableInput;
import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client as an admin writes it (POST, PUT, and the target of a PATCH). */
@Schema(name = "ClientInput")
public record ClientInput(
        @Schema(description = "Made from the name when not given", example = "qingyuan-daily-website") @Size(max = 100) String slug,
        @Schema(required = true, example = "清远日报网站") @NotBlank @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name,
        @Schema(required = true, example = "website") @NotNull ClientKind kind,
        @Schema(description = "Who to call about this client", example = "web team <web@example.cn>") @Size(max = 300) @Pattern(regexp = LINE, message = LINE_MESSAGE) String contact,
        @Schema(description = "Browser origins allowed to call the API with this client's keys (CORS)", example = "[\"https://www.example.cn\"]")
        @Size(max = 50) List<@NotNull @Size(max = 300) @Pattern(regexp = ORIGIN, message = ORIGIN_MESSAGE) String> allowedOrigins,
        @Schema(description = "Requests per minute; the configured default when absent", example = "600") @Min(1) @Max(1_000_000) Integer rateLimitPerMinute) implements EditableInput {

    @Override
    public String slugSource() {
        return name;
    }

    static final String ORIGIN = "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$";
    static final String ORIGIN_MESSAGE = "must be an origin: scheme, host and optional port, no path (https://www.example.cn)";
}
