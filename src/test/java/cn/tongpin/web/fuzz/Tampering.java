package cn.tongpin.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** A real cursor with each of its values in turn replaced by something the service never wrote. */
final class Tampering {

    private static final String SEP = "\u001f";
    private static final List<String> VALUES = List.of("a\u0000b", "-4713-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
            "99999999999999999999", "not-a-uuid", "", "\uFFFF", "x".repeat(1500));

    private Tampering() {
    }

    static List<String> of(String cursor) {
        List<String> forged = new ArrayList<>();
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return forged;
        }
        List<String> parts = Arrays.asList(text.split(SEP, -1));
        for (int i = 2; i < parts.size(); i++) {
            for (String value : VALUES) {
                List<String> copy = new ArrayList<>(parts);
                copy.set(i, value);
                forged.add(encode(String.join(SEP, copy)));
            }
        }
        forged.add(encode(text + SEP + "extra"));
        forged.add(cursor.substring(0, cursor.length() / 2));
        forged.add(cursor + "!");
        return forged;
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
