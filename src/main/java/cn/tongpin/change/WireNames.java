package cn.tongpin.change;

import java.util.Arrays;
import java.util.Locale;

/** The wire names of the change enums: their constants in lower case ("created", "article", …). */
final class WireNames {

    private WireNames() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant a wire name stands for, or null when it names none. */
    static <E extends Enum<E>> E find(E[] constants, String name) {
        return Arrays.stream(constants).filter(c -> of(c).equals(name)).findFirst().orElse(null);
    }
}
