package cn.tongpin.web.fuzz;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Sends the walk's requests, judges each answer, and keeps the tallies and what was created. */
public final class Recorder {

    private final List<Failure> failures = new ArrayList<>();
    private final Map<Kind, Integer> sentByKind = new EnumMap<>(Kind.class);
    private final Map<Kind, Long> millisByKind = new EnumMap<>(Kind.class);
    private final List<String> created = new ArrayList<>();
    private int requests;

    public List<Failure> failures() {
        return failures;
    }

    public int requests() {
        return requests;
    }

    public Map<Kind, Integer> sentByKind() {
        return sentByKind;
    }

    public Map<Kind, Long> millisByKind() {
        return millisByKind;
    }

    /** Sends one request and judges the answer; returns it, or null when the connection failed. */
    Response send(Operation operation, String where, Hostile hostile, Kind kind, Request request) {
        requests++;
        sentByKind.merge(kind, 1, Integer::sum);
        long started = System.nanoTime();
        String label = hostile == null ? kind.name() : hostile.label();
        try {
            Response answer = request.send();
            byte[] body = operation.method().equals("HEAD") ? null : answer.asByteArray();
            String why = Verdict.judge(answer.statusCode(), answer.contentType(), body);
            if (why != null) {
                failures.add(new Failure(operation.toString(), where, kind, label, why, sample(body)));
            }
            created(answer);
            return answer;
        } catch (Exception e) {
            // REST Assured (Groovy) throws checked I/O exceptions without declaring them.
            failures.add(new Failure(operation.toString(), where, kind, label, "connection: " + e.getClass().getSimpleName(),
                    String.valueOf(e.getMessage())));
            return null;
        } finally {
            millisByKind.merge(kind, (System.nanoTime() - started) / 1_000_000, Long::sum);
        }
    }

    /** Remembers what a 201 created, so that {@link #cleanUp()} deletes it. */
    void created(Response answer) {
        if (answer.statusCode() == 201 && answer.header("Location") != null) {
            created.add(answer.header("Location"));
        }
    }

    /** Deletes everything the walk created, newest first; returns what could not be deleted. */
    public List<String> cleanUp() {
        List<String> locations = new ArrayList<>(created);
        Collections.reverse(locations);
        List<String> left = new ArrayList<>();
        for (String location : locations) {
            String path = location.replaceFirst("^https?://[^/]+", "");
            int status = Request.of("DELETE", path).withHeader("If-Match", "*").send().statusCode();
            if (status >= 300 && status != 404 && status != 410) {
                left.add(path + " " + status);
            }
        }
        return left;
    }

    private static String sample(byte[] body) {
        if (body == null) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        return text.replaceAll("\\s+", " ");
    }
}
