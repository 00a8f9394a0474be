package cn.tongpin.delivery;

import cn.tongpin.locale.LocaleNegotiation;
import cn.tongpin.locale.Script;
import cn.tongpin.locale.TraditionalChinese;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
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
        Representation cached = cache.get(key);
        if (cached != null && cached.generation() == generation.current() && listener.fresh()) {
            // Still current (the edge left it to us, e.g. for authentication): answer it without building.
            return answer(cached, ctx);
        }
        return answer(built(key, script, build), ctx);
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
        String etag = etag(body);
        Representation previous = cache.get(key);
        Instant since = previous != null && previous.etag().equals(etag) ? previous.since() : Instant.now();
        Representation representation = new Representation(body, Buffer.buffer(body), etag, since, script.tag(), built.link(), builtAt);
        cache.put(key, representation);
        return representation;
    }

    private Response answer(Representation representation, RoutingContext ctx) {
        byte[] body = representation.body();
        boolean notModified = Conditional.notModified(ctx.request().getHeader("If-None-Match"),
                ctx.request().getHeader("If-Modified-Since"), representation);
        Response.ResponseBuilder response = notModified ? Response.notModified()
                : Response.ok(body, DeliveryHeaders.JSON);
        headers.apply(representation, notModified, response::header);
        return response.build();
    }

    private byte[] write(Built built) {
        try {
            return mapper.writeValueAsBytes(built.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer could not be written as JSON", e);
        }
    }

    /** A strong ETag over the answer's bytes. */
    public static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
