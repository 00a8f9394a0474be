package cn.tongpin.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of API keys and their enforcement. */
@ConfigMapping(prefix = "tongpin.security")
public interface SecurityConfig {

    /** Start of every new key, so that a leaked key is recognisable (and greppable) at once. */
    @WithDefault("tp_live_")
    String keyPrefix();

    /**
     * An admin key to register at start when it is not known yet, instead of printing a generated
     * one. Meant for automated deployments (TONGPIN_SECURITY_BOOTSTRAP_ADMIN_KEY); revoke it once
     * real admin keys exist.
     */
    Optional<String> bootstrapAdminKey();

    /**
     * How long an instance trusts a key it verified without asking the database again. Revoking
     * evicts at once on the instance that revoked; other instances follow within this time. 0 turns
     * the cache off (every request is checked against the database).
     */
    @WithDefault("10s")
    Duration keyCacheTtl();

    /** The delivery API. */
    Delivery delivery();

    interface Delivery {

        /** Whether reading /content/v1 needs a key; anonymous readers are rate-limited per address. */
        @WithDefault("true")
        boolean requireKey();

        /**
         * Delivery paths (prefixes) read without a key even when keys are required: images, both the
         * assets and their WeChat-ready renditions, because every payload (WeChat drafts, mini-program
         * blocks, feeds, the widget) gives their URLs to others that hold no key: WeChat's servers,
         * phones, feed readers, partner pages; their ids are random UUIDs. Then the widget script,
         * which partner pages load with a plain tag, and the sitemap, which crawlers read. Anonymous
         * readers are still rate-limited.
         */
        @WithDefault("/content/v1/assets/,/content/v1/wechat-images/,/embed/v1/stories.js,/sitemap")
        List<String> openPaths();
    }
}
