package cn.tongpin.importing;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tries to read a damaged segment back: its characters are turned into the bytes they were decoded
 * from, and those bytes are decoded another way (GBK shifted by one byte either way, UTF-8). A
 * reading is offered only when it is far more ordinary Chinese than the segment.
 */
final class Redecoding {

    static final Charset GBK = Charset.forName("GBK");
    private static final double GOOD = 0.8;
    private static final double BETTER_BY = 0.3;
    private static final long WORD = 1_000_000_000L;

    private Redecoding() {
    }

    /** The best reading of a run of rare characters, if one is clearly better. */
    static Optional<String> ofRareRun(String segment) {
        byte[] bytes = encode(segment.replace("\uFFFD", ""), GBK);
        if (bytes == null || bytes.length < 2) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = CommonWords.score(segment) + BETTER_BY;
        // A byte lost before the segment: the lead byte that makes the most frequent first character.
        byte[] shifted = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, shifted, 1, bytes.length);
        shifted[0] = (byte) likeliestLead(bytes);
        String restored = GBK.decode(ByteBuffer.wrap(shifted)).toString();
        double restoredScore = CommonWords.score(restored);
        if (restoredScore > bestScore) {
            best = restored;
            bestScore = restoredScore;
        }
        for (String reading : new String[] { GBK.decode(ByteBuffer.wrap(bytes, 1, bytes.length - 1)).toString(),
                new String(bytes, StandardCharsets.UTF_8) }) {
            double score = CommonWords.score(reading);
            if (score > bestScore) {
                best = reading;
                bestScore = score;
            }
        }
        return best != null && bestScore >= GOOD ? Optional.of(trimBroken(best)) : Optional.empty();
    }

    /**
     * The GBK lead byte the lost one most likely was: the one whose first character makes a
     * dictionary word with the next, else the one whose first character is most frequent.
     */
    private static int likeliestLead(byte[] bytes) {
        int best = 0xb0;
        long bestScore = -1;
        byte[] head = new byte[Math.min(bytes.length, 3) + 1];
        System.arraycopy(bytes, 0, head, 1, head.length - 1);
        for (int lead = 0x81; lead <= 0xfe; lead++) {
            head[0] = (byte) lead;
            String start = GBK.decode(ByteBuffer.wrap(head)).toString();
            if (start.isEmpty() || !Han.isHanAt(start, 0)) {
                continue;
            }
            long score = CoreDictionary.getTermFrequency(start.substring(0, 1));
            if (start.length() >= 2 && CoreDictionary.contains(start.substring(0, 2))) {
                score += WORD;
            }
            if (score > bestScore) {
                best = lead;
                bestScore = score;
            }
        }
        return best;
    }

    /** The UTF-8 text that a run of Latin-1 / windows-1252 characters was, if its bytes are valid UTF-8. */
    static Optional<String> ofLatin1(String segment) {
        int unknown = (int) segment.chars().filter(c -> c == 0xFFFD).count();
        if (unknown > 3) {
            return Optional.empty();
        }
        byte[] bytes = new byte[segment.length()];
        int[] holes = new int[unknown];
        int h = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == 0xFFFD) {
                holes[h++] = i;
            } else {
                int b = Windows1252.byteOf(c);
                if (b < 0) {
                    return Optional.empty();
                }
                bytes[i] = (byte) b;
            }
        }
        return fill(bytes, holes, 0);
    }

    /** windows-1252 leaves five bytes undefined; a U+FFFD in mojibake stands for one of them. */
    private static Optional<String> fill(byte[] bytes, int[] holes, int next) {
        if (next == holes.length) {
            return strictUtf8(bytes);
        }
        for (int b : Windows1252.UNDEFINED) {
            bytes[holes[next]] = (byte) b;
            Optional<String> reading = fill(bytes, holes, next + 1);
            if (reading.isPresent()) {
                return reading;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] encode(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A shifted reading ends on half a character; that half is dropped. */
    private static String trimBroken(String reading) {
        return reading.replaceAll("\uFFFD+$", "").strip();
    }
}
