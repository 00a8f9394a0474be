package cn.tongpin.importing;

import java.util.regex.Pattern;

/** U+FFFD: somewhere before us a decoder met bytes it could not read, and what they were is lost. */
public final class ReplacementCharacters extends PatternCheck {

    public static final String KIND = "replacement-character";

    public ReplacementCharacters() {
        super(KIND, Pattern.compile("\uFFFD+"), "U+FFFD replacement characters: bytes that could not be decoded were lost here");
    }
}
