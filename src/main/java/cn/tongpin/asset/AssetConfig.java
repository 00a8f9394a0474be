package cn.tongpin.asset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits for uploaded images. */
@ConfigMapping(prefix = "tongpin.assets")
public interface AssetConfig {

    /** Largest upload in bytes; larger ones are a 413, refused by Content-Length before they are read. */
    @WithDefault("10485760")
    long maxBytes();

    /** Largest width × height an image may declare (decompression bombs declare huge sizes in tiny files). */
    @WithDefault("40000000")
    long maxPixels();
}
