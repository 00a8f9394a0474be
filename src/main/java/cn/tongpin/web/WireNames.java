package cn.tongpin.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Enums as they are written on the wire (JSON, paths, tokens): each constant has one text, and the
 * constant a text names is looked up here, the one way for every such enum.
 */
public final class WireNames {

    private WireNames() {
    }

    /** The constant of {@code type} whose wire text is {@code text}; empty when it names none (null names none). */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, Function<E, String> wireName, String text) {
        for (E constant : type.getEnumConstants()) {
            if (wireName.apply(constant).equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The constant's name in lower case: the wire text of an enum that has none of its own. */
    public static String lowerCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
