package cn.tongpin.channel.wechat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class WechatImageEncoderTest {

    @Test
    void shouldLeaveSmallJpegAlone() throws IOException {
        byte[] jpeg = encode(noise(200, 100, false), "jpeg");
        WechatImageEncoder.Encoded out = WechatImageEncoder.encode(jpeg, "image/jpeg").orElseThrow();
        assertArrayEquals(jpeg, out.bytes());
        assertEquals(200, out.width());
    }

    @Test
    void shouldReencodeHugePngUnderOneMegabyte() throws IOException {
        byte[] png = encode(noise(3000, 2000, false), "png");
        assertTrue(png.length > WechatImageEncoder.MAX_BYTES, "the test image must be over the limit");
        WechatImageEncoder.Encoded out = WechatImageEncoder.encode(png, "image/png").orElseThrow();
        assertTrue(out.bytes().length < WechatImageEncoder.MAX_BYTES, () -> out.bytes().length + " bytes");
        assertEquals("image/jpeg", out.mimeType());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(out.bytes()));
        assertEquals(out.width(), decoded.getWidth());
        assertEquals((double) 3000 / 2000, (double) out.width() / out.height(), 0.01);
    }

    @Test
    void shouldTurnGifIntoPngOrJpeg() throws IOException {
        byte[] gif = encode(noise(64, 64, false), "gif");
        WechatImageEncoder.Encoded out = WechatImageEncoder.encode(gif, "image/gif").orElseThrow();
        assertTrue(out.mimeType().equals("image/png") || out.mimeType().equals("image/jpeg"));
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(out.bytes())).getWidth());
    }

    @Test
    void shouldKeepTransparencyAsPngWhenItFits() throws IOException {
        BufferedImage transparent = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        byte[] png = encode(transparent, "png");
        WechatImageEncoder.Encoded out = WechatImageEncoder.encode(png, "image/webp").orElseThrow();
        assertEquals("image/png", out.mimeType());
    }

    @Test
    void shouldRefuseBytesThatAreNoImage() {
        assertTrue(WechatImageEncoder.encode("<svg onload=alert(1)>".getBytes(), "image/png").isEmpty());
    }

    @Test
    void shouldReadWebp() {
        assertTrue(ImageIO.getImageReadersByMIMEType("image/webp").hasNext(), "a WebP reader is on the class path");
    }

    static BufferedImage noise(int w, int h, boolean alpha) {
        BufferedImage image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
