package cn.tongpin.web.fuzz;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request exactly as it goes on the wire: the path and query already percent-encoded (so that
 * invalid UTF-8 can be sent), headers, and a raw body with its content type (none when null).
 */
public record Request(String method, String path, Map<String, String> query, Map<String, String> headers, byte[] body,
        String contentType) {

    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    public static Request of(String method, String path) {
        return new Request(method, path, new LinkedHashMap<>(), new LinkedHashMap<>(), null, null);
    }

    public Request withQuery(String name, String encodedValue) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(name, encodedValue);
        return new Request(method, path, q, headers, body, contentType);
    }

    public Request withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Request(method, path, query, h, body, contentType);
    }

    public Request withPath(String encodedPath) {
        return new Request(method, encodedPath, query, headers, body, contentType);
    }

    public Request withBody(byte[] raw, String type) {
        return new Request(method, path, query, headers, raw, type);
    }

    public String url() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    public Response send() {
        RequestSpecification spec = RestAssured.given().config(RAW).urlEncodingEnabled(false);
        headers.forEach(spec::header);
        if (body != null) {
            spec.body(body);
            if (contentType != null) {
                spec.contentType(contentType);
            }
        }
        return spec.request(method, url());
    }
}
