package cn.tongpin.channel;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the declarations of a style attribute that only change how text and boxes look: no
 * positioning (overlays), no URLs, no expressions, no escapes that could hide either.
 */
public final class InlineStyles {

    private static final Set<String> PROPERTIES = Set.of("color", "background-color", "font-size", "font-weight",
            "font-style", "font-family", "text-align", "text-decoration", "text-indent", "line-height", "letter-spacing",
            "word-break", "white-space", "vertical-align", "margin", "margin-top", "margin-bottom", "margin-left",
            "margin-right", "padding", "padding-top", "padding-bottom", "padding-left", "padding-right", "border",
            "border-top", "border-bottom", "border-left", "border-right", "border-color", "border-width", "border-style",
            "border-radius", "border-collapse", "width", "max-width", "height", "display", "overflow-x");
    private static final Pattern SAFE_VALUE = Pattern.compile("[\\p{L}\\p{N} #%.,()'\"!+-]{1,200}");
    private static final Pattern UNSAFE = Pattern.compile("url|expression|javascript|vbscript|behavior|binding|import|fixed|attr\\(",
            Pattern.CASE_INSENSITIVE);

    private InlineStyles() {
    }

    /** The safe declarations of {@code style}, or an empty string. */
    public static String filter(String style) {
        if (style == null || style.isBlank()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String property = declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).trim();
            if (PROPERTIES.contains(property) && SAFE_VALUE.matcher(value).matches() && !UNSAFE.matcher(value).find()) {
                kept.append(property).append(':').append(value).append(';');
            }
        }
        return kept.toString();
    }

    /** {@code extra} after the safe part of {@code style}: the later declaration wins in CSS. */
    public static String merge(String style, String extra) {
        return filter(style) + extra;
    }
}
