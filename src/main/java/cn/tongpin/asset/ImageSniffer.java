package cn.tongpin.asset;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Decides what an upload is from its bytes alone (JPEG, PNG, WebP or GIF) and reads width and
 * height from the headers without decoding a pixel, so that a decompression bomb is refused by
 * its declared size before anything expands it. Truncated files are refused by their structure.
 */
public final class ImageSniffer {

    private ImageSniffer() {
    }

    /** What the bytes are. */
    public record ImageInfo(String contentType, int width, int height) {
    }

    /** Why bytes are not an image we take; {@code code} is the problem code. */
    public static final class Refused extends RuntimeException {
        private final String code;

        Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static ImageInfo sniff(byte[] bytes, long maxPixels) {
        ImageInfo info = identify(bytes);
        if (info.width() <= 0 || info.height() <= 0) {
            throw corrupt("the image declares no size");
        }
        if ((long) info.width() * info.height() > maxPixels) {
            throw new Refused("image_too_large", "The image declares " + info.width() + "×" + info.height()
                    + " pixels, more than the limit of " + maxPixels + " pixels");
        }
        return info;
    }

    private static ImageInfo identify(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return png(b);
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return jpeg(b);
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8') && b.length > 6 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return gif(b);
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return webp(b);
        }
        throw new Refused("unsupported_media_type", "The content is not a JPEG, PNG, WebP or GIF image");
    }

    /** Walks every chunk (length, type, data, CRC) from IHDR to IEND. */
    private static ImageInfo png(byte[] b) {
        ByteBuffer in = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
        int pos = 8;
        int width = 0;
        int height = 0;
        boolean first = true;
        while (true) {
            if (pos + 12 > b.length) {
                throw corrupt("the PNG ends before its IEND chunk");
            }
            long length = Integer.toUnsignedLong(in.getInt(pos));
            String type = new String(b, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > b.length - pos - 12L) {
                throw corrupt("the PNG chunk " + type + " runs past the end of the file");
            }
            if (first) {
                if (!type.equals("IHDR") || length != 13) {
                    throw corrupt("the PNG does not start with its header chunk");
                }
                width = in.getInt(pos + 8);
                height = in.getInt(pos + 12);
                first = false;
            }
            CRC32 crc = new CRC32();
            crc.update(b, pos + 4, 4 + (int) length);
            if (crc.getValue() != Integer.toUnsignedLong(in.getInt(pos + 8 + (int) length))) {
                throw corrupt("the PNG chunk " + type + " is damaged");
            }
            pos += 12 + (int) length;
            if (type.equals("IEND")) {
                return new ImageInfo("image/png", width, height);
            }
        }
    }

    /** Reads the frame header (SOFn) and requires the end-of-image marker. */
    private static ImageInfo jpeg(byte[] b) {
        int pos = 2;
        int width = -1;
        int height = -1;
        while (pos + 4 <= b.length && width < 0) {
            if ((b[pos] & 0xFF) != 0xFF) {
                throw corrupt("the JPEG has a damaged segment");
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            int length = ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
            if (length < 2 || pos + 2 + length > b.length) {
                throw corrupt("the JPEG ends inside a segment");
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (length < 7) {
                    throw corrupt("the JPEG frame header is too short");
                }
                height = ((b[pos + 5] & 0xFF) << 8) | (b[pos + 6] & 0xFF);
                width = ((b[pos + 7] & 0xFF) << 8) | (b[pos + 8] & 0xFF);
            } else if (marker == 0xDA) {
                break;
            }
            pos += 2 + length;
        }
        if (width < 0) {
            throw corrupt("the JPEG has no frame header");
        }
        int end = b.length;
        while (end > 2 && b[end - 1] == 0) {
            end--;
        }
        if (end < 4 || (b[end - 2] & 0xFF) != 0xFF || (b[end - 1] & 0xFF) != 0xD9) {
            throw corrupt("the JPEG ends before its end-of-image marker");
        }
        return new ImageInfo("image/jpeg", width, height);
    }

    private static ImageInfo gif(byte[] b) {
        if (b.length < 14) {
            throw corrupt("the GIF ends inside its header");
        }
        int width = (b[6] & 0xFF) | ((b[7] & 0xFF) << 8);
        int height = (b[8] & 0xFF) | ((b[9] & 0xFF) << 8);
        if (b[b.length - 1] != 0x3B) {
            throw corrupt("the GIF ends before its trailer");
        }
        return new ImageInfo("image/gif", width, height);
    }

    /** RIFF container with a VP8 (lossy), VP8L (lossless) or VP8X (extended) first chunk. */
    private static ImageInfo webp(byte[] b) {
        if (b.length < 30) {
            throw corrupt("the WebP ends inside its header");
        }
        long riffSize = Integer.toUnsignedLong(ByteBuffer.wrap(b, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        if (riffSize + 8 > b.length) {
            throw corrupt("the WebP is shorter than its header says");
        }
        String chunk = new String(b, 12, 4, StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8X" -> new ImageInfo("image/webp", 1 + u24(b, 24), 1 + u24(b, 27));
            case "VP8L" -> {
                if ((b[20] & 0xFF) != 0x2F) {
                    throw corrupt("the lossless WebP has no signature");
                }
                int bits = ByteBuffer.wrap(b, 21, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
                yield new ImageInfo("image/webp", 1 + (bits & 0x3FFF), 1 + ((bits >>> 14) & 0x3FFF));
            }
            case "VP8 " -> {
                if (!startsWith(b, 23, 0x9D, 0x01, 0x2A)) {
                    throw corrupt("the lossy WebP has no frame start code");
                }
                int width = ((b[26] & 0xFF) | ((b[27] & 0xFF) << 8)) & 0x3FFF;
                int height = ((b[28] & 0xFF) | ((b[29] & 0xFF) << 8)) & 0x3FFF;
                yield new ImageInfo("image/webp", width, height);
            }
            default -> throw corrupt("the WebP has an unknown first chunk");
        };
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16);
    }

    private static boolean startsWith(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static Refused corrupt(String why) {
        return new Refused("corrupt_image", "The image is damaged or incomplete: " + why);
    }
}
