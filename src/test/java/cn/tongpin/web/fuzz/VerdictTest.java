package cn.tongpin.web.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fuzz walk's judge must catch each kind of wrong answer, or the walk cannot fail. */
class VerdictTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldFailEvery5xxWhateverItsBody() {
        assertEquals("500", Verdict.judge(500, PROBLEM, bytes("{\"code\":\"internal\"}")));
        assertEquals("503", Verdict.judge(503, PROBLEM, null));
    }

    @Test
    void shouldFailA4xxThatIsNotAProblem() {
        assertNotNull(Verdict.judge(414, null, new byte[0]));
        assertNotNull(Verdict.judge(400, "text/html", bytes("<h1>Bad Request</h1>")));
        assertNotNull(Verdict.judge(404, "application/json", bytes("{}")));
    }

    @Test
    void shouldFailABodyThatShowsTheInsides() {
        for (String leak : new String[] { "java.lang.IllegalStateException", "org.hibernate.exception.DataException",
                "io.quarkus.runtime", "cn.tongpin.web.Foo", "NullPointerException", "SELECT a FROM b",
                "ERROR:  relation", "syntax error at or near", "x\n\tat Foo.bar(Foo.java:1)" }) {
            assertNotNull(Verdict.judge(400, PROBLEM, bytes("{\"detail\":\"" + leak + "\"}")), leak);
            assertNotNull(Verdict.judge(200, "application/json", bytes(leak)), leak);
        }
    }

    @Test
    void shouldAcceptProblemsSuccessesAndRedirects() {
        assertNull(Verdict.judge(400, PROBLEM + "; charset=UTF-8", bytes("{\"code\":\"validation\"}")));
        assertNull(Verdict.judge(200, "application/json", bytes("{\"title\":\"清远 select 1\"}")));
        assertNull(Verdict.judge(304, null, null));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
