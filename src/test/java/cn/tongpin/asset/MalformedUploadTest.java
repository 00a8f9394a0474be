package cn.tongpin.asset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.tongpin.support.Images;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A multipart body the parser cannot finish (no closing boundary, or a boundary it never meets) is the caller's 400. */
@QuarkusTest
class MalformedUploadTest {

    private static final String BOUNDARY = "tongpinboundary";

    @Test
    void shouldRefuseMultipartBodiesThatNeverCloseWith400() {
        byte[] png = Images.png(8, 8);
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n";
        List<byte[]> bodies = List.of(
                concat(part.getBytes(StandardCharsets.UTF_8), png),
                png,
                "--".concat(BOUNDARY).getBytes(StandardCharsets.UTF_8));
        for (byte[] body : bodies) {
            given().contentType("multipart/form-data; boundary=" + BOUNDARY).body(body).post("/admin/v1/assets")
                    .then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("malformed_multipart"));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
