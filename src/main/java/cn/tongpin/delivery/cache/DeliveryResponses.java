package cn.tongpin.delivery.cache;

import cn.tongpin.delivery.freshness.ContentChangeListener;
import cn.tongpin.delivery.freshness.ContentGeneration;
import cn.tongpin.locale.LocaleNegotiation;
import cn.tongpin.locale.Script;
import cn.tongpin.locale.TraditionalChinese;
import cn.tongpin.web.http.ETags;
import cn.tongpin.web.http.HttpCaching;
import cn.tongpin.web.http.HttpCaching.Conditions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Builds a delivery answer once per content generation: converts it to the negotiated script,
 * serializes it, tags it with a strong ETag over the bytes, keeps it for {@link DeliveryEdge} and
 * answers 200 or 304.
 */
@ApplicationScoped
public class DeliveryResponses {

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentVertxRequest current;

    @Inject
    RepresentationCache cache;

    @Inject
    ContentGeneration generation;

    @Inject
    DeliveryHeaders headers;

    @Inject
    ContentChangeListener listener;

    private final SingleFlight<Representation> flights = new SingleFlight<>();

    public Response respond(Supplier<Built> build) {
        RoutingContext ctx = current.getCurrent();
        Script script = ctx.get(DeliveryEdge.SCRIPT);
        if (script == null) {
            script = LocaleNegotiation.resolve(ctx.queryParams().get(LocaleNegotiation.PARAMETER),
                    ctx.request().getHeader("Accept-Language"));
        }
        String key = ctx.get(DeliveryEdge.KEY);
        if (key == null) {
            key = DeliveryEdge.key(ctx.request(), script);
        }
        Representation current = current(key);
        if (current != null) {
            // The edge left it to us (e.g. for authentication): answer it without building.
            return answer(current, ctx).build();
        }
        return answer(built(key, script, build), ctx).build();
    }

    /**
     * The cached answer for a key while it is current, else null: built at the content generation
     * of now, and no change can have been missed (the change listener is connected).
     */
    public Representation current(String key) {
        Representation cached = cache.get(key);
        return cached != null && cached.generation() == generation.current() && listener.fresh() ? cached : null;
    }

    /**
     * Builds the answer, once for all the requests that ask for it at the same time and content
     * generation: the others wait for that build instead of repeating it (after a publish, every
     * hot page is asked for by many readers at once).
     */
    private Representation built(String key, Script script, Supplier<Built> build) {
        // Read before the content: a change committed while building makes this answer stale at once.
        long builtAt = generation.current();
        return flights.run(builtAt + " " + key, () -> build(key, script, build.get(), builtAt));
    }

    private Representation build(String key, Script script, Built built, long builtAt) {
        if (script == Script.HANT) {
            TraditionalChinese.convertTree(built.body());
        }
        byte[] body = write(built);
        String etag = ETags.of(body);
        Representation previous = cache.get(key);
        Instant since = previous != null && previous.etag().equals(etag) ? previous.since() : Instant.now();
        Representation representation = new Representation(body, Buffer.buffer(body), etag, since, script.tag(), built.link(), builtAt);
        cache.put(key, representation);
        return representation;
    }

    /**
     * The answer the cache keeps for the current request however old, or null when it keeps none
     * (or the request is not one the edge has keyed).
     */
    Response.ResponseBuilder kept() {
        RoutingContext ctx = current.getCurrent();
        String key = ctx == null ? null : ctx.get(DeliveryEdge.KEY);
        Representation kept = key == null ? null : cache.get(key);
        return kept == null ? null : answer(kept, ctx);
    }

    /** The answer of a representation to the request's conditions: 200 with the body, or 304; the headers of both. */
    Response.ResponseBuilder answer(Representation representation, RoutingContext ctx) {
        byte[] body = representation.body();
        boolean notModified = HttpCaching.notModified(Conditions.from(ctx.request()::getHeader), representation.etag(),
                representation.since());
        Response.ResponseBuilder response = notModified ? Response.notModified()
                : Response.ok(body, DeliveryHeaders.JSON);
        headers.apply(representation, notModified, response::header);
        return response;
    }

    private byte[] write(Built built) {
        try {
            return mapper.writeValueAsBytes(built.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer could not be written as JSON", e);
        }
    }

}
