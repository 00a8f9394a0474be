package cn.tongpin.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Caching and browser settings of the delivery API. */
@ConfigMapping(prefix = "tongpin.delivery")
public interface DeliveryConfig {

    /** Cache-Control max-age in seconds; 0 makes clients revalidate every use (a cheap 304). */
    @WithDefault("0")
    int maxAge();

    /** Cache-Control stale-while-revalidate in seconds: how long a client may show the old answer while it revalidates. */
    @WithDefault("30")
    int staleWhileRevalidate();

    /** How long a write through the management API waits for every live instance to hear it. */
    @WithDefault("5s")
    java.time.Duration writeFenceTimeout();

    /** The in-process cache of built answers. */
    Cache cache();

    interface Cache {
        /** Whether built answers are kept and served until content changes. */
        @WithDefault("true")
        boolean enabled();

        /** Most answers kept; beyond it the oldest are dropped. */
        @WithDefault("5000")
        int maxEntries();

        /** Larger answers are not kept. */
        @WithDefault("1048576")
        int maxBodyBytes();

        /** Most bytes of all kept answers together; beyond it the oldest are dropped. */
        @WithDefault("67108864")
        long maxBytes();
    }
}
