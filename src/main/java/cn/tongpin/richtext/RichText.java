package cn.tongpin.richtext;

import java.util.Set;
import java.util.UUID;

/** A body as it is stored: sanitised HTML, its plain text and the assets its images show. */
public record RichText(String html, String text, Set<UUID> assetIds) {

    public static RichText of(String source, BodyFormat format) {
        String html = format == BodyFormat.markdown ? Markdown.toHtml(source) : source;
        HtmlSanitizer.Result clean = HtmlSanitizer.sanitize(html);
        return new RichText(clean.html(), PlainText.of(clean.html()), clean.assetIds());
    }

    public boolean isEmpty() {
        return text.isBlank() && assetIds.isEmpty();
    }
}
