package cn.tongpin.webhook;

import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription to create, or what it becomes. */
@Schema(name = "WebhookInput")
public record WebhookInput(
        @Schema(required = true, description = "Where deliveries are POSTed: an http(s) URL whose host resolves to public addresses only",
                example = "https://hooks.example.cn/tongpin")
        @NotNull @Size(max = 2000) @Pattern(regexp = LINE, message = LINE_MESSAGE) String url,
        @Schema(required = true, description = "The events to send, e.g. article.published, article.updated, article.unpublished,"
                + " article.deleted, meeting.*, organization|participant|topic.updated|deleted",
                example = "[\"article.published\", \"article.updated\"]")
        @NotEmpty @Size(max = 30) List<@NotNull @Size(max = 60) String> eventTypes,
        @Schema(description = "Only changes of content in one of these topics (ids or slugs); any topic when absent or empty",
                example = "[\"zhao-shang-yin-zi\"]")
        @Size(max = 50) List<@NotNull @Size(max = 100) String> topics,
        @Schema(description = "Only changes of content of one of these organizations (ids or slugs); any when absent or empty."
                + " Editors must name organizations of their key", example = "[\"qing-yuan-gao-xin-qu\"]")
        @Size(max = 50) List<@NotNull @Size(max = 100) String> organizations,
        @Schema(description = "Whether data.representation carries the item as the delivery API answers it when sent", defaultValue = "false")
        Boolean includeRepresentation,
        @Schema(description = "Whether deliveries are sent; enabling a disabled subscription clears its reason", defaultValue = "true")
        Boolean enabled,
        @Schema(description = "What the subscription is for", example = "Rebuild the news site")
        @Size(max = 500) @Pattern(regexp = LINE, message = LINE_MESSAGE) String description) {
}
