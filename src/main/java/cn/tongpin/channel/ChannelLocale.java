package cn.tongpin.channel;

import cn.tongpin.web.ProblemException;
import com.hankcs.hanlp.HanLP;
import java.util.Locale;

/** The two scripts channels answer in, chosen by {@code locale=} or Accept-Language, and the conversion to Traditional. */
public enum ChannelLocale {
    HANS("zh-Hans"), HANT("zh-Hant");

    private final String tag;

    ChannelLocale(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The locale parameter when given (anything else than a Chinese tag is a 400), else Accept-Language, else zh-Hans. */
    public static ChannelLocale resolve(String parameter, String acceptLanguage) {
        if (parameter != null) {
            ChannelLocale locale = of(parameter.trim());
            if (locale == null) {
                throw ProblemException.badParameter("locale", "must be zh-Hans or zh-Hant");
            }
            return locale;
        }
        if (acceptLanguage != null && acceptLanguage.length() <= 500) {
            // The first Chinese tag the client accepts at all, in the order it lists them.
            for (String part : acceptLanguage.split(",")) {
                String[] pieces = part.split(";");
                ChannelLocale locale = of(pieces[0].trim());
                if (locale != null && quality(pieces) > 0) {
                    return locale;
                }
            }
        }
        return HANS;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    static ChannelLocale of(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        if (t.equals("zh-hant") || t.startsWith("zh-hant-") || t.equals("zh-tw") || t.equals("zh-hk") || t.equals("zh-mo")) {
            return HANT;
        }
        if (t.equals("zh") || t.equals("zh-hans") || t.startsWith("zh-hans-") || t.equals("zh-cn") || t.equals("zh-sg")) {
            return HANS;
        }
        return null;
    }

    /** Text in this script (content is written in Simplified). */
    public String text(String simplified) {
        if (this == HANS || simplified == null || simplified.isEmpty()) {
            return simplified;
        }
        return HanLP.convertToTraditionalChinese(simplified);
    }

    /** The article in this script: every text, the body's text nodes and alt texts. */
    public ChannelArticle apply(ChannelArticle article) {
        if (this == HANS) {
            return article;
        }
        return article.convertText(this::text, html -> Html.convertText(html, this::text), tag);
    }
}
