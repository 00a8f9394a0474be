package cn.tongpin.channel.wechat;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cover crops WeChat asks for (pic_crop_235_1, pic_crop_1_1): the largest rectangle of the
 * ratio, centred on the focal point when the asset has one (else on the middle), kept inside the
 * image, as X1_Y1_X2_Y2 fractions of width and height.
 */
public final class WechatCrops {

    private WechatCrops() {
    }

    /**
     * @param ratio  width / height of the crop (2.35 or 1)
     * @param focalX 0–1 from the left, or null for the middle
     * @param focalY 0–1 from the top, or null for the middle
     */
    public static String crop(int width, int height, double ratio, Double focalX, Double focalY) {
        if (width <= 0 || height <= 0) {
            return null;
        }
        double w = width;
        double h = height;
        double cropW = Math.min(w, h * ratio);
        double cropH = Math.min(h, w / ratio);
        double cx = (focalX == null ? 0.5 : clamp(focalX, 0, 1)) * w;
        double cy = (focalY == null ? 0.5 : clamp(focalY, 0, 1)) * h;
        double x1 = clamp(cx - cropW / 2, 0, w - cropW);
        double y1 = clamp(cy - cropH / 2, 0, h - cropH);
        return fraction(x1 / w) + "_" + fraction(y1 / h) + "_" + fraction((x1 + cropW) / w) + "_" + fraction((y1 + cropH) / h);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Up to six decimals, no trailing zeros, never more than 1. */
    static String fraction(double value) {
        BigDecimal d = BigDecimal.valueOf(clamp(value, 0, 1)).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
