package cn.tongpin.web.fuzz;

import cn.tongpin.support.Images;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The body half of the walk: every field with hostile values, then the body as a whole. */
final class BodyWalk {

    private final Walk walk;
    private final Operation operation;
    private final Request base;

    BodyWalk(Walk walk, Operation operation, Request base) {
        this.walk = walk;
        this.operation = operation;
        this.base = base;
    }

    void run() {
        ObjectNode body = walk.baselineBody(operation);
        String type = operation.jsonMediaType();
        for (List<Object> field : walk.bodies().fields(operation.bodySchema())) {
            String name = Bodies.describe(field);
            for (Hostile h : walk.sample(operation + " body " + name, v -> v.json() != null, "")) {
                byte[] raw = walk.bodies().with(body, operation.bodySchema(), field, h.json());
                walk.send(operation, "body:" + name, h, h.kind(), base.withBody(raw, type));
            }
        }
        String json = Bodies.write(body);
        String firstKey = body.fieldNames().hasNext() ? body.fieldNames().next() : "name";
        send(Kind.UNKNOWN_FIELD, Bodies.withRawMember(body, "\"fuzzUnknown\":1"), type);
        send(Kind.UNKNOWN_FIELD, Bodies.withRawMember(body, "\"\":1"), type);
        send(Kind.DUPLICATE_KEY, Bodies.withRawMember(body, "\"" + firstKey + "\":\"第一\""), type);
        send(Kind.TRAILING_GARBAGE, utf8(json + " x"), type);
        send(Kind.TRAILING_GARBAGE, utf8(json + json), type);
        send(Kind.NOT_JSON, utf8("hello"), type);
        send(Kind.NOT_JSON, utf8("{\"a\":"), type);
        send(Kind.NOT_JSON, utf8("<x/>"), type);
        send(Kind.WRONG_CONTENT_TYPE, utf8(json), "text/plain");
        send(Kind.WRONG_CONTENT_TYPE, utf8(json), "application/xml");
        send(Kind.WRONG_CONTENT_TYPE, utf8(json), "multipart/form-data");
        send(Kind.WRONG_CONTENT_TYPE, utf8(json), "application/json; charset=nonsense");
        send(Kind.WRONG_CONTENT_TYPE, utf8(json), "not a media type");
        send(Kind.WRONG_CONTENT_TYPE, utf8(json), null);
        send(Kind.EMPTY_BODY, new byte[0], type);
        send(Kind.NON_OBJECT_BODY, utf8("[]"), type);
        send(Kind.NON_OBJECT_BODY, utf8("null"), type);
        send(Kind.NON_OBJECT_BODY, utf8("\"text\""), type);
        send(Kind.NON_OBJECT_BODY, utf8("[" + json + "]"), type);
        send(Kind.DEEP_NESTING, utf8("[".repeat(100_000)), type);
        send(Kind.INVALID_UTF8, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8(json)), type);
        send(Kind.INVALID_UTF8, json.getBytes(StandardCharsets.UTF_16), type);
        send(Kind.HUGE, utf8("{\"a\":\"" + "x".repeat(1_100_000) + "\"}"), type);
    }

    void runImage() {
        byte[] png = Images.png(8, 8);
        send(Kind.EMPTY_BODY, new byte[0], "image/png");
        send(Kind.NOT_JSON, utf8("not an image"), "image/png");
        send(Kind.NOT_JSON, Images.truncated(png), "image/png");
        send(Kind.WRONG_CONTENT_TYPE, png, "text/plain");
        send(Kind.WRONG_CONTENT_TYPE, png, "multipart/form-data; boundary=x");
        send(Kind.WRONG_CONTENT_TYPE, utf8("{}"), "application/json");
        send(Kind.HUGE, new byte[1_200_000], "image/png");
        String boundary = "fuzzboundary";
        send(Kind.NOT_JSON, utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\nx\r\n--"
                + boundary + "--\r\n"), "multipart/form-data; boundary=" + boundary);
        send(Kind.NOT_JSON, utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\nnot a png"), "multipart/form-data; boundary=" + boundary);
        send(Kind.WRONG_CONTENT_TYPE, png, "multipart/form-data");
    }

    private void send(Kind kind, byte[] raw, String type) {
        walk.send(operation, "body", null, kind, base.withBody(raw, type));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
