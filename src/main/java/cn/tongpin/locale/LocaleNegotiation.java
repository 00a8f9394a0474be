package cn.tongpin.locale;

import cn.tongpin.web.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the script of an answer: the {@code locale} parameter when given (a bad value is a 400),
 * else the first Chinese entry of Accept-Language by quality, else Simplified.
 */
public final class LocaleNegotiation {

    public static final String PARAMETER = "locale";

    private LocaleNegotiation() {
    }

    public static Script resolve(String localeParam, String acceptLanguage) {
        if (localeParam != null) {
            Script script = scriptOf(localeParam.trim().toLowerCase(Locale.ROOT));
            if (script == null) {
                throw ProblemException.badParameter(PARAMETER, "must be zh-Hans or zh-Hant (zh-CN, zh-TW, zh-HK also accepted)");
            }
            return script;
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    static Script fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return Script.HANS;
        }
        record Choice(String tag, double quality, int position) {
        }
        List<Choice> choices = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].trim().split(";");
            double quality = 1.0;
            for (int p = 1; p < pieces.length; p++) {
                String param = pieces[p].trim();
                if (param.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (quality > 0) {
                choices.add(new Choice(pieces[0].trim().toLowerCase(Locale.ROOT), quality, i));
            }
        }
        choices.sort(Comparator.comparingDouble(Choice::quality).reversed().thenComparingInt(Choice::position));
        for (Choice choice : choices) {
            Script script = scriptOf(choice.tag());
            if (script != null) {
                return script;
            }
        }
        return Script.HANS;
    }

    /** The script a language tag asks for, or null when it is not Chinese. */
    static Script scriptOf(String tag) {
        if (tag.equals("zh-hant") || tag.startsWith("zh-hant-") || tag.equals("zh-tw") || tag.equals("zh-hk")
                || tag.equals("zh-mo")) {
            return Script.HANT;
        }
        if (tag.equals("zh") || tag.equals("zh-hans") || tag.startsWith("zh-hans-") || tag.equals("zh-cn")
                || tag.equals("zh-sg") || tag.equals("*")) {
            return Script.HANS;
        }
        return null;
    }
}
