package cn.tongpin.delivery.cache;

import cn.tongpin.delivery.DeliveryConfig;
import cn.tongpin.web.http.HttpCaching;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.BiConsumer;

/** The headers of every delivery answer, the same whether it is built or served from cache. */
@ApplicationScoped
public class DeliveryHeaders {

    public static final String JSON = "application/json;charset=UTF-8";

    @Inject
    DeliveryConfig config;

    private String cacheControl;
    private String vary;

    @jakarta.annotation.PostConstruct
    void init() {
        cacheControl = "public, max-age=" + config.maxAge() + ", stale-while-revalidate=" + config.staleWhileRevalidate();
        vary = "Accept-Language"; // the CORS filter adds Origin
    }

    /** Sets the representation's headers; the body and Content-Type are the caller's (none on a 304). */
    public void apply(Representation r, boolean notModified, BiConsumer<String, String> header) {
        HttpCaching.validators(r.etag(), HttpCaching.lastModifiedNow(r.since(), Instant.now()), header);
        header.accept("Cache-Control", cacheControl);
        header.accept("Vary", vary);
        header.accept("Content-Language", r.contentLanguage());
        if (!notModified && r.link() != null) {
            header.accept("Link", r.link());
        }
    }
}
