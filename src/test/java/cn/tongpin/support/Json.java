package cn.tongpin.support;

import java.util.UUID;

/** Small helpers for test bodies. */
public final class Json {

    private Json() {
    }

    /** A name no other test uses, so tests never depend on each other's data. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A made-up Chinese word no other test uses (so counts are exact), starting with {@code lead}. */
    public static String word(String lead) {
        String letters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
        StringBuilder word = new StringBuilder(lead);
        long n = System.nanoTime() / 1000;
        for (int i = 0; i < 5; i++) {
            word.append(letters.charAt((int) (n % letters.length())));
            n /= letters.length();
        }
        return word.toString();
    }

    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
