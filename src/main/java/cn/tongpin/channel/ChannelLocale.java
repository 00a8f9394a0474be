package cn.tongpin.channel;

import cn.tongpin.locale.LocaleNegotiation;
import cn.tongpin.locale.Script;
import cn.tongpin.locale.TraditionalChinese;

/**
 * The two scripts channels answer in: chosen and converted exactly as the delivery API does
 * ({@link LocaleNegotiation}, {@link TraditionalChinese}), applied to a whole channel article.
 */
public enum ChannelLocale {
    HANS(Script.HANS), HANT(Script.HANT);

    private final Script script;

    ChannelLocale(Script script) {
        this.script = script;
    }

    /** The BCP 47 tag sent as Content-Language, the delivery API's ({@link Script#tag}). */
    public String tag() {
        return script.tag();
    }

    /** As the delivery API chooses: locale= when given (anything else than a Chinese tag is a 400), else Accept-Language, else zh-Hans. */
    public static ChannelLocale resolve(String parameter, String acceptLanguage) {
        return LocaleNegotiation.resolve(parameter, acceptLanguage) == Script.HANT ? HANT : HANS;
    }

    /** Text in this script (content is written in Simplified). */
    public String text(String simplified) {
        if (this == HANS || simplified == null || simplified.isEmpty()) {
            return simplified;
        }
        return TraditionalChinese.convert(simplified);
    }

    /** The article in this script: every text, the body's text nodes and alt texts. */
    public ChannelArticle apply(ChannelArticle article) {
        if (this == HANS) {
            return article;
        }
        return article.convertText(this::text, html -> Html.convertText(html, this::text), tag());
    }
}
