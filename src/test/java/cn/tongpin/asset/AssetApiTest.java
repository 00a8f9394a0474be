package cn.tongpin.asset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Images;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class AssetApiTest {

    static final String BASE = "/admin/v1/assets";
    static final String DELIVERY = "/content/v1/assets";

    /** Uploads a fresh PNG and answers its id; for other tests that need an image. */
    public static String uploadPng() {
        return given().multiPart("file", "picture.png", Images.png(40, 30), "image/png")
                .post(BASE).then().statusCode(201).extract().path("id");
    }

    static long maxBytes() {
        return ConfigProvider.getConfig().getValue("tongpin.assets.max-bytes", Long.class);
    }

    @Test
    void shouldUploadMultipartWithDescriptionAndServeItWithCachingHeaders() {
        byte[] png = Images.png(120, 80);
        Response created = given().multiPart("file", "meeting-photo.png", png, "image/png")
                .multiPart(text("altText", "座谈会现场")).multiPart(text("caption", "双方座谈交流。"))
                .post(BASE);
        created.then().statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .header("ETag", "\"1\"")
                .body("contentType", equalTo("image/png"))
                .body("width", equalTo(120)).body("height", equalTo(80))
                .body("byteSize", equalTo(png.length))
                .body("altText", equalTo("座谈会现场")).body("caption", equalTo("双方座谈交流。"))
                .body("fileName", equalTo("meeting-photo.png"))
                .body("slug", equalTo(created.path("slug").toString()))
                .body("sha256", equalTo(sha256(png)));
        String id = created.path("id");

        Response served = given().get(DELIVERY + "/" + id);
        served.then().statusCode(200)
                .contentType("image/png")
                .header("ETag", "\"" + sha256(png) + "\"")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Accept-Ranges", "bytes");
        assertArrayEquals(png, served.asByteArray());

        given().header("If-None-Match", "\"" + sha256(png) + "\"").get(DELIVERY + "/" + id).then().statusCode(304);
        Response part = given().header("Range", "bytes=0-7").get(DELIVERY + "/" + id);
        part.then().statusCode(206).header("Content-Range", "bytes 0-7/" + png.length);
        assertArrayEquals(Arrays.copyOf(png, 8), part.asByteArray());
        Response tail = given().header("Range", "bytes=-12").get(DELIVERY + "/" + id);
        tail.then().statusCode(206).header("Content-Range", "bytes " + (png.length - 12) + "-" + (png.length - 1) + "/" + png.length);
        assertArrayEquals(Arrays.copyOfRange(png, png.length - 12, png.length), tail.asByteArray());
        given().header("Range", "bytes=" + png.length + "-").get(DELIVERY + "/" + id).then().statusCode(416)
                .header("Content-Range", "bytes */" + png.length);
        given().get(DELIVERY + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldEditAltTextAndCaptionWithIfMatch() {
        String id = uploadPng();
        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("altText", "新的替代文字"))
                .patch(BASE + "/" + id).then().statusCode(428);
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body(Map.of("altText", "新的替代文字")).patch(BASE + "/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("altText", equalTo("新的替代文字")).body("width", equalTo(40));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("caption", "说明"))
                .put(BASE + "/" + id).then().statusCode(200).body("altText", equalTo(null)).body("caption", equalTo("说明"));
    }

    @Test
    void shouldDecideTheTypeByTheBytesNotTheNameOrDeclaredType() {
        byte[] png = Images.png(33, 22);
        given().multiPart("file", "photo.jpg", png, "image/jpeg").post(BASE).then().statusCode(201)
                .body("contentType", equalTo("image/png")).body("width", equalTo(33));
        byte[] jpeg = Images.image("jpg", 50, 40);
        given().contentType("application/octet-stream").queryParam("fileName", "x.gif").body(jpeg).post(BASE).then().statusCode(201)
                .body("contentType", equalTo("image/jpeg")).body("width", equalTo(50)).body("height", equalTo(40));
        byte[] gif = Images.image("gif", 12, 10);
        given().contentType("image/png").body(gif).post(BASE).then().statusCode(201).body("contentType", equalTo("image/gif"));
        byte[] webp = Images.webpLossless(300, 200);
        given().contentType("image/webp").body(webp).post(BASE).then().statusCode(201).body("contentType", equalTo("image/webp"))
                .body("width", equalTo(300));
    }

    @Test
    void shouldRefuseHtmlNamedPngTruncatedImagesAndBombs() {
        byte[] html = ("<html><body><script>alert('" + Json.unique("x") + "')</script></body></html>").getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "innocent.png", html, "image/png").post(BASE).then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("unsupported_media_type"));
        given().contentType("image/png").body(html).post(BASE).then().statusCode(415);
        given().multiPart("file", "cut.png", Images.truncated(Images.png(200, 200)), "image/png").post(BASE).then().statusCode(422)
                .body("code", equalTo("corrupt_image"));
        given().multiPart("file", "cut.jpg", Images.truncated(Images.image("jpg", 200, 200)), "image/jpeg").post(BASE)
                .then().statusCode(422).body("code", equalTo("corrupt_image"));
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        given().multiPart("file", "bomb.png", Images.decompressionBomb(60_000, 60_000), "image/png").post(BASE).then().statusCode(422)
                .body("code", equalTo("image_too_large")).body("detail", containsString("60000×60000"));
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "the bomb took long: was it decoded?");
        // 3.6 billion pixels would need gigabytes; the heap moved by far less.
        assertTrue(runtime.totalMemory() - runtime.freeMemory() - before < 512L * 1024 * 1024);
    }

    @Test
    void shouldRefuseUploadsAboveTheLimitWith413() {
        long max = maxBytes();
        byte[] tooBig = new byte[(int) max + 1];
        byte[] png = Images.png(10, 10);
        System.arraycopy(png, 0, tooBig, 0, png.length);
        // Just over the limit: read (bounded) and refused by size.
        given().contentType("image/png").body(tooBig).post(BASE).then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("payload_too_large"));
        given().multiPart("file", "big.png", tooBig, "image/png").post(BASE).then().statusCode(413);
        // Far over it: refused by Content-Length before the body is read.
        byte[] huge = new byte[(int) max + 256 * 1024];
        given().contentType("image/png").body(huge).post(BASE).then().statusCode(413).body("code", equalTo("payload_too_large"));
        // Editing an image's words is JSON and keeps the JSON limit.
        String id = uploadPng();
        String bigJson = "{\"caption\":\"" + "长".repeat(400_000) + "\"}";
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(bigJson).put(BASE + "/" + id).then().statusCode(413);
    }

    @Test
    void shouldStoreTheSameBytesOnce() {
        byte[] png = Images.png(25, 25);
        String first = given().multiPart("file", "a.png", png, "image/png").post(BASE).then().statusCode(201).extract().path("id");
        given().multiPart("file", "b.png", png, "image/png").post(BASE).then().statusCode(200)
                .header("Location", containsString(first)).body("id", equalTo(first)).body("fileName", equalTo("a.png"));
        given().contentType("image/png").body(png).post(BASE).then().statusCode(200).body("id", equalTo(first));
        given().queryParam("contentType", "image/png").queryParam("limit", 100).get(BASE).then().statusCode(200)
                .body("data.findAll { it.sha256 == '" + sha256(png) + "' }.size()", is(1));
    }

    @Test
    void shouldRefuseDeletingAnImageInUseAndNameTheArticles() {
        String cover = uploadPng();
        String inBody = uploadPng();
        String title = "封面文章" + Json.unique("");
        String article = given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "coverImage", cover, "body", "正文\n\n![图](asset:" + inBody + ")"))
                .post("/admin/v1/articles").then().statusCode(201).body("coverImage.id", equalTo(cover))
                .body("coverImage.url", equalTo(DELIVERY + "/" + cover)).extract().path("id");
        given().delete(BASE + "/" + cover).then().statusCode(409).body("code", equalTo("referenced"))
                .body("detail", containsString(title));
        given().delete(BASE + "/" + inBody).then().statusCode(409).body("detail", containsString(title));
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"coverImage\":null,\"body\":\"没有图片\"}").patch("/admin/v1/articles/" + article).then().statusCode(200);
        given().delete(BASE + "/" + cover).then().statusCode(204);
        given().delete(BASE + "/" + inBody).then().statusCode(204);
        given().get(DELIVERY + "/" + cover).then().statusCode(404);
    }

    static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
