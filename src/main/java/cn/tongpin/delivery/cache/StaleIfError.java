package cn.tongpin.delivery.cache;

import cn.tongpin.web.StaleAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * While the database cannot be reached, a delivery request the cache has an answer for gets that
 * answer, however old (RFC 5861 stale-if-error), instead of a 503. It reaches here only after
 * authentication and the rate limits let it through. The answer says so in an RFC 9211
 * {@code Cache-Status} header: it went forward because it was stale, the database failed (503) and
 * the stale answer was served.
 */
@ApplicationScoped
public class StaleIfError implements StaleAnswers {

    static final String CACHE_STATUS = "Cache-Status";
    static final String SERVED_STALE = "tongpin; fwd=stale; fwd-status=503; detail=stale-if-error";

    @Inject
    DeliveryResponses responses;

    @Override
    public Response forCurrentRequest() {
        Response.ResponseBuilder kept = responses.kept();
        return kept == null ? null : kept.header(CACHE_STATUS, SERVED_STALE).build();
    }
}
