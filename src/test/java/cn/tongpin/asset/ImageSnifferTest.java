package cn.tongpin.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.tongpin.support.Images;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageSnifferTest {

    private static final long MAX_PIXELS = 40_000_000;

    @Test
    void shouldReadTypeAndSizeOfEveryFormat() {
        assertEquals(new ImageSniffer.ImageInfo("image/png", 30, 20), ImageSniffer.sniff(Images.png(30, 20), MAX_PIXELS));
        assertEquals(new ImageSniffer.ImageInfo("image/jpeg", 31, 21), ImageSniffer.sniff(Images.image("jpg", 31, 21), MAX_PIXELS));
        assertEquals(new ImageSniffer.ImageInfo("image/gif", 17, 9), ImageSniffer.sniff(Images.image("gif", 17, 9), MAX_PIXELS));
        assertEquals(new ImageSniffer.ImageInfo("image/webp", 640, 360), ImageSniffer.sniff(Images.webpLossless(640, 360), MAX_PIXELS));
    }

    @Test
    void shouldReadExtendedAndLossyWebpHeaders() {
        ByteBuffer x = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        x.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        x.put((byte) 0x7F).put((byte) 0x07).put((byte) 0).put((byte) 0x37).put((byte) 0x04).put((byte) 0);
        assertEquals(new ImageSniffer.ImageInfo("image/webp", 1920, 1080), ImageSniffer.sniff(x.array(), MAX_PIXELS));

        ByteBuffer lossy = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        lossy.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put("VP8 ".getBytes(StandardCharsets.US_ASCII)).putInt(10).put(new byte[3])
                .put((byte) 0x9D).put((byte) 0x01).put((byte) 0x2A).putShort((short) 800).putShort((short) 600);
        assertEquals(new ImageSniffer.ImageInfo("image/webp", 800, 600), ImageSniffer.sniff(lossy.array(), MAX_PIXELS));
    }

    @Test
    void shouldRefuseWhatIsNotAnImage() {
        var refused = assertThrows(ImageSniffer.Refused.class,
                () -> ImageSniffer.sniff("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), MAX_PIXELS));
        assertEquals("unsupported_media_type", refused.code());
        assertEquals("unsupported_media_type", assertThrows(ImageSniffer.Refused.class,
                () -> ImageSniffer.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), MAX_PIXELS)).code());
    }

    @Test
    void shouldRefuseTruncatedImagesOfEveryFormat() {
        for (String format : new String[] { "png", "jpg", "gif" }) {
            byte[] truncated = Images.truncated(Images.image(format, 64, 64));
            assertEquals("corrupt_image", assertThrows(ImageSniffer.Refused.class, () -> ImageSniffer.sniff(truncated, MAX_PIXELS)).code(),
                    format);
        }
        byte[] webp = Images.webpLossless(10, 10);
        assertEquals("corrupt_image", assertThrows(ImageSniffer.Refused.class,
                () -> ImageSniffer.sniff(java.util.Arrays.copyOf(webp, 30), MAX_PIXELS)).code());
    }

    @Test
    void shouldRefuseDecompressionBombByDeclaredSize() {
        byte[] bomb = Images.decompressionBomb(50_000, 50_000);
        assertEquals("image_too_large", assertThrows(ImageSniffer.Refused.class, () -> ImageSniffer.sniff(bomb, MAX_PIXELS)).code());
    }
}
