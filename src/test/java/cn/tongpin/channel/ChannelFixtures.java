package cn.tongpin.channel;

import static io.restassured.RestAssured.given;

import cn.tongpin.support.Json;
import io.restassured.http.ContentType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/** Articles and images for channel tests, made over the management API. */
public final class ChannelFixtures {

    public static final String ARTICLES = "/admin/v1/articles";

    private ChannelFixtures() {
    }

    /** Uploads an image and answers its id. */
    public static String upload(byte[] bytes, String contentType, String altText) {
        return given().contentType(contentType).body(bytes).queryParam("altText", altText).post("/admin/v1/assets")
                .then().statusCode(201).extract().path("id");
    }

    /** A flat image (small when encoded) with a random colour, so no two uploads share a hash. */
    public static byte[] flat(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random();
        g.setColor(new Color(random.nextInt(0xFFFFFF)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(random.nextInt(0xFFFFFF)));
        g.fillRect(width / 2, 0, width / 2, height / 2);
        g.dispose();
        return encode(image, format);
    }

    /** A PNG of noise between 1,000,000 bytes (WeChat's limit here) and 1 MiB (the tests' upload limit). */
    public static byte[] pngOverWechatLimit() {
        Random random = new Random();
        BufferedImage image = new BufferedImage(578, 578, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A complete article with an HTML body; more fields may be put before creating it. */
    public static Map<String, Object> article(String title, String html) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("slug", Json.unique("channel-article"));
        body.put("bodyFormat", "html");
        body.put("body", html);
        return body;
    }

    public static String create(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article).post(ARTICLES).then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    public static void publish(String id) {
        given().post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
    }

    public static String slug(String id) {
        return given().get(ARTICLES + "/" + id).then().statusCode(200).extract().path("slug");
    }

    /** Creates and publishes; answers the id. */
    public static String published(Map<String, Object> article) {
        String id = create(article);
        publish(id);
        return id;
    }

}
