package cn.tongpin.channel.wechat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes an image WeChat accepts: a JPEG or PNG under {@link #MAX_BYTES}. Images that already are
 * one are left alone; others are decoded (JPEG, PNG, GIF's first frame, WebP) and written again —
 * PNG when they have transparency and it fits, else JPEG at falling quality, then at falling size.
 */
public final class WechatImageEncoder {

    /** WeChat's limit for images in articles is 1 MB; decimal, to stay clear of it whichever way it is counted. */
    public static final long MAX_BYTES = 1_000_000;
    /** WeChat shows articles on phones: wider images only cost bytes. */
    static final int MAX_EDGE = 2560;
    /** Larger images are refused rather than decoded (memory). */
    static final long MAX_PIXELS = 40_000_000;

    private WechatImageEncoder() {
    }

    /** An encoded image. */
    public record Encoded(byte[] bytes, String mimeType, int width, int height) {
    }

    public static boolean acceptable(String mimeType, long bytes) {
        return bytes < MAX_BYTES && ("image/jpeg".equals(mimeType) || "image/png".equals(mimeType));
    }

    /** The WeChat-ready image, or empty when the bytes are no image we can read. */
    public static Optional<Encoded> encode(byte[] original, String mimeType) {
        BufferedImage image = read(original).orElse(null);
        if (image == null) {
            return Optional.empty();
        }
        if (acceptable(mimeType, original.length)) {
            return Optional.of(new Encoded(original, mimeType, image.getWidth(), image.getHeight()));
        }
        BufferedImage scaled = scaleToFit(image, MAX_EDGE);
        if (scaled.getColorModel().hasAlpha()) {
            byte[] png = write(scaled, "png", 1f);
            if (png.length < MAX_BYTES) {
                return Optional.of(new Encoded(png, "image/png", scaled.getWidth(), scaled.getHeight()));
            }
        }
        BufferedImage rgb = opaque(scaled);
        for (int edge = Math.max(rgb.getWidth(), rgb.getHeight()); edge >= 64; edge = (int) (edge * 0.75)) {
            BufferedImage candidate = scaleToFit(rgb, edge);
            for (float quality : new float[] { 0.85f, 0.7f, 0.55f }) {
                byte[] jpeg = write(candidate, "jpeg", quality);
                if (jpeg.length < MAX_BYTES) {
                    return Optional.of(new Encoded(jpeg, "image/jpeg", candidate.getWidth(), candidate.getHeight()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<BufferedImage> read(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return Optional.empty();
                }
                return Optional.ofNullable(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static BufferedImage scaleToFit(BufferedImage image, int maxEdge) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (Math.max(w, h) <= maxEdge) {
            return image;
        }
        double factor = (double) maxEdge / Math.max(w, h);
        int nw = Math.max(1, (int) Math.round(w * factor));
        int nh = Math.max(1, (int) Math.round(h * factor));
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(nw, nh, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, nw, nh, null);
        g.dispose();
        return out;
    }

    /** JPEG has no transparency: transparent parts become white, as WeChat's page is. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static byte[] write(BufferedImage image, String format, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed() && format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
