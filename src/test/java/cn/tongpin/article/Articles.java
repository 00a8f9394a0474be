package cn.tongpin.article;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/** Test helpers that make articles and what they refer to over HTTP. */
final class Articles {

    static final String BASE = "/admin/v1/articles";
    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private Articles() {
    }

    static Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(BASE);
    }

    /** A complete article (title, Markdown body) that can be published. */
    static Map<String, Object> complete(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("body", "清远高新区代表团到访清远广播电视台。双方就深化宣传合作座谈交流。\n\n第二段。");
        return body;
    }

    static String createId(Map<String, Object> body) {
        return create(body).then().statusCode(201).extract().path("id");
    }

    static int version(String id) {
        return given().get(BASE + "/" + id).then().statusCode(200).extract().path("version");
    }

    static String etag(String id) {
        return "\"" + version(id) + "\"";
    }
}
