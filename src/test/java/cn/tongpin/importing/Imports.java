package cn.tongpin.importing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helpers for imports over HTTP. */
final class Imports {

    static final String BASE = "/admin/v1/imports";
    private static final String HAN = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";

    private Imports() {
    }

    static Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(BASE);
    }

    static Map<String, Object> body(String format, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("format", format);
        body.put("content", content);
        return body;
    }

    static Map<String, Object> body(String format, String content, List<String> skip) {
        Map<String, Object> body = body(format, content);
        body.put("skipRepairs", skip);
        return body;
    }

    /** A made-up Chinese word no other test uses: eight characters from a random id. */
    static String uniqueHan() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append(HAN.charAt(Character.digit(hex.charAt(i), 16)));
        }
        return word.toString();
    }
}
