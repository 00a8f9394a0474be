package cn.tongpin.importing;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/** The byte each windows-1252 (or ISO-8859-1) character stands for, to undo a Latin-1 reading of UTF-8 bytes. */
final class Windows1252 {

    static final int[] UNDEFINED = { 0x81, 0x8d, 0x8f, 0x90, 0x9d };
    private static final int[] BYTE_OF = table();

    private Windows1252() {
    }

    /** The byte, or -1 when the character is no windows-1252 or ISO-8859-1 character. */
    static int byteOf(char c) {
        return c < BYTE_OF.length ? BYTE_OF[c] : -1;
    }

    /** True for the characters that UTF-8 lead and continuation bytes of Chinese turn into under windows-1252. */
    static boolean mojibake(char c) {
        return c >= 0x80 && byteOf(c) >= 0x80;
    }

    /** The characters {@link #mojibake(char)} accepts, as the inside of a regular expression's character class. */
    static String mojibakeClass() {
        StringBuilder characters = new StringBuilder();
        for (char c = 0x80; c < BYTE_OF.length; c++) {
            if (mojibake(c)) {
                characters.append(String.format("\\x{%X}", (int) c));
            }
        }
        return characters.toString();
    }

    private static int[] table() {
        int[] table = new int[0x2200];
        java.util.Arrays.fill(table, -1);
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String decoded = cp1252.decode(ByteBuffer.wrap(new byte[] { (byte) b })).toString();
            char c = decoded.charAt(0);
            if (c != 0xFFFD && c < table.length) {
                table[c] = b;
            }
        }
        for (int c = 0x80; c < 0xa0; c++) {
            if (table[c] < 0) {
                table[c] = c;
            }
        }
        return table;
    }
}
