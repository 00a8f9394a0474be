package cn.tongpin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchMatcherTest {

    private static final UUID A = UUID.fromString("0b7e4d4e-5c3f-4a55-9d0f-6f2f3f0c1a01");
    private static final UUID B = UUID.fromString("9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");

    @Test
    void readsTheTextFormOfAUuidArrayWithoutNullsOrRepeats() {
        assertEquals(List.of(A, B), SearchMatcher.ids("{" + A + "," + B + "," + A + ",NULL}"));
        assertEquals(List.of(B), SearchMatcher.ids("{NULL," + B + "}"));
    }

    @Test
    void readsEmptyAndMissingArraysAsNoIds() {
        assertEquals(List.of(), SearchMatcher.ids("{}"));
        assertEquals(List.of(), SearchMatcher.ids("{NULL}"));
        assertEquals(List.of(), SearchMatcher.ids(null));
    }
}
