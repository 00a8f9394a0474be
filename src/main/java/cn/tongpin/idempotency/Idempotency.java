package cn.tongpin.idempotency;

import cn.tongpin.persistence.StoredJson;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a create at most once per Idempotency-Key: the create and the record of its answer commit
 * in one transaction, so a retry either replays the answer or finds nothing and runs it.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7e]{1,200}");

    @Inject
    ObjectMapper mapper;

    @Transactional
    public Response create(String key, String path, Object request, Supplier<Created<?>> action) {
        if (key == null) {
            return created(action.get());
        }
        if (!WELL_FORMED.matcher(key).matches()) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to 200 visible ASCII characters",
                    List.of(new FieldError(HEADER, "must be 1 to 200 visible ASCII characters")));
        }
        String hash = hash(request);
        IdempotentRequest.Key id = new IdempotentRequest.Key(key, path);
        IdempotentRequest previous = IdempotentRequest.findById(id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (previous != null && previous.createdAt.isBefore(now.minus(KEPT_FOR))) {
            previous.delete();
            IdempotentRequest.flush();
            previous = null;
        }
        if (previous != null) {
            if (!previous.requestHash.equals(hash)) {
                throw ProblemException.unprocessable("idempotency_key_reused",
                        "This Idempotency-Key was used for a different request; use a new key for a new request",
                        List.of(new FieldError(HEADER, "was used for a different request")));
            }
            return replay(previous);
        }
        Created<?> result = action.get();
        IdempotentRequest record = new IdempotentRequest();
        record.key = id;
        record.requestHash = hash;
        record.status = 201;
        record.location = result.location().toString();
        record.body = StoredJson.write(mapper, result.body(), "An answer");
        record.createdAt = now;
        record.persistAndFlush();
        IdempotentRequest.delete("createdAt < ?1", now.minus(KEPT_FOR));
        return created(result);
    }

    private Response created(Created<?> result) {
        return Response.created(result.location())
                .tag(unquoted(result.version()))
                .entity(result.body())
                .build();
    }

    private Response replay(IdempotentRequest previous) {
        Response.ResponseBuilder response = Response.status(previous.status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Idempotent-Replayed", "true")
                .entity(previous.body);
        if (previous.location != null) {
            response.location(URI.create(previous.location));
        }
        try {
            JsonNode version = mapper.readTree(previous.body).get("version");
            if (version != null && version.canConvertToLong()) {
                response.tag(unquoted(version.asLong()));
            }
        } catch (JsonProcessingException e) {
            // The stored body is our own JSON; without a version the replay simply has no ETag.
        }
        return response.build();
    }

    private static jakarta.ws.rs.core.EntityTag unquoted(long version) {
        String etag = Preconditions.etag(version);
        return new jakarta.ws.rs.core.EntityTag(etag.substring(1, etag.length() - 1));
    }

    private String hash(Object request) {
        try {
            byte[] canonical = StoredJson.write(mapper, request, "A request").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request could not be hashed", e);
        }
    }
}
