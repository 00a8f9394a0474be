package cn.tongpin.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.web.http.HttpCaching.Conditions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpCachingUnitTest {

    private static final String TAG = ETags.of("body");
    private static final Instant MODIFIED = Instant.parse("2026-11-29T08:49:37.250Z");

    @Test
    void shouldParseEntityTagLists() {
        assertEquals(List.of("\"a\"", "W/\"b\"", "\"c,d\""), ETags.parse(" \"a\" ,W/\"b\",, \"c,d\""));
        assertEquals(List.of("*"), ETags.parse(" * "));
        assertEquals(List.of("\"x\""), ETags.parse("junk, \"x\""));
        assertEquals(List.of(), ETags.parse("\"unterminated"));
        assertEquals(List.of(), ETags.parse(null));
    }

    @Test
    void shouldCompareWeaklyForIfNoneMatchAndStronglyForIfRange() {
        assertTrue(ETags.weakMatch("W/\"a\"", "\"a\""));
        assertFalse(ETags.strongMatch("W/\"a\"", "\"a\""));
        assertTrue(ETags.strongMatch("\"a\"", "\"a\""));
    }

    @Test
    void shouldDecideNotModified() {
        assertTrue(HttpCaching.notModified(new Conditions("\"x\", W/" + TAG, null), TAG, null));
        assertTrue(HttpCaching.notModified(new Conditions("*", null), TAG, null));
        assertFalse(HttpCaching.notModified(new Conditions("\"x\"", "Sun, 29 Nov 2026 08:49:37 GMT"), TAG, MODIFIED));
        assertTrue(HttpCaching.notModified(new Conditions(null, "Sun, 29 Nov 2026 08:49:37 GMT"), TAG, MODIFIED));
        assertTrue(HttpCaching.notModified(new Conditions(null, "Sunday, 29-Nov-26 08:49:37 GMT"), TAG, MODIFIED));
        assertTrue(HttpCaching.notModified(new Conditions(null, "Sun Nov 29 08:49:37 2026"), TAG, MODIFIED));
        assertFalse(HttpCaching.notModified(new Conditions(null, "Sun, 29 Nov 2026 08:49:36 GMT"), TAG, MODIFIED));
        assertFalse(HttpCaching.notModified(new Conditions(null, "Sun, 29 Nov 2026 08:49:37 GMT"), TAG, null));
        assertFalse(HttpCaching.notModified(new Conditions(null, "not a date"), TAG, MODIFIED));
        assertFalse(HttpCaching.notModified(Conditions.NONE, TAG, MODIFIED));
    }

    @Test
    void shouldDateAnAnswerOfTheCurrentSecondOneSecondEarlier() {
        assertEquals(Instant.parse("2026-11-29T08:49:36Z"), HttpCaching.lastModifiedNow(MODIFIED, MODIFIED.plusMillis(100)));
        assertEquals(Instant.parse("2026-11-29T08:49:37Z"), HttpCaching.lastModifiedNow(MODIFIED, MODIFIED.plusSeconds(1)));
        assertEquals("Sun, 29 Nov 2026 08:49:37 GMT", HttpDates.format(MODIFIED));
        assertNull(HttpDates.parse("29.11.2026"));
    }

    @Test
    void shouldSelectOneByteRange() {
        assertEquals(new ByteRanges.Part(0, 9, 100), ByteRanges.select("bytes=0-9", null, TAG, 100));
        assertEquals(new ByteRanges.Part(90, 99, 100), ByteRanges.select("bytes=-10", null, TAG, 100));
        assertEquals(new ByteRanges.Part(50, 99, 100), ByteRanges.select("bytes=50-", TAG, TAG, 100));
        assertEquals(new ByteRanges.Part(50, 99, 100), ByteRanges.select("bytes=50-500", null, TAG, 100));
        assertInstanceOf(ByteRanges.Whole.class, ByteRanges.select("bytes=50-", "W/" + TAG, TAG, 100));
        assertInstanceOf(ByteRanges.Whole.class, ByteRanges.select("bytes=50-", "Sun, 29 Nov 2026 08:49:37 GMT", TAG, 100));
        assertInstanceOf(ByteRanges.Whole.class, ByteRanges.select("bytes=0-1,5-6", null, TAG, 100));
        assertInstanceOf(ByteRanges.Whole.class, ByteRanges.select(null, null, TAG, 100));
        assertEquals("bytes */100", ((ByteRanges.Unsatisfiable) ByteRanges.select("bytes=100-", null, TAG, 100)).contentRange());
    }
}
