package cn.tongpin.webhook;

import cn.tongpin.change.ContentType;
import cn.tongpin.delivery.read.DeliveredItems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Adds {@code data.representation} to payloads, for subscriptions that ask for it: the item as the
 * delivery API answers it when it is sent (so a retry a day later carries the current one), or null
 * when it is no longer delivered. The items of a batch of deliveries are read together, one query
 * per type, as delta sync reads its pages.
 */
@ApplicationScoped
public class Representations {

    private static final Logger LOG = Logger.getLogger(Representations.class);

    @Inject
    ObjectMapper json;

    @Inject
    DeliveredItems items;

    /** A payload read: its root, and the item whose representation it takes (type null when it takes none). */
    private record Read(ObjectNode root, ContentType type, UUID id) {
    }

    /** The payloads (by delivery) with their representations; a payload that cannot take one is sent as it is. */
    <K> Map<K, String> withRepresentations(Map<K, String> payloads) {
        Map<K, Read> reads = new LinkedHashMap<>();
        Map<ContentType, Set<UUID>> wanted = new EnumMap<>(ContentType.class);
        payloads.forEach((key, payload) -> {
            Read read = read(payload);
            if (read != null) {
                reads.put(key, read);
                if (read.type() != null) {
                    wanted.computeIfAbsent(read.type(), t -> new LinkedHashSet<>()).add(read.id());
                }
            }
        });
        Map<ContentType, Map<UUID, JsonNode>> found;
        try {
            found = find(wanted);
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the representations of webhooks (%s); they are sent without", e.toString());
            return payloads;
        }
        Map<K, String> bodies = new HashMap<>(payloads);
        reads.forEach((key, read) -> {
            JsonNode representation = read.type() == null ? null : found.getOrDefault(read.type(), Map.of()).get(read.id());
            ((ObjectNode) read.root().get("data")).set("representation", representation);
            try {
                bodies.put(key, json.writeValueAsString(read.root()));
            } catch (Exception e) {
                LOG.warnf("Could not add the representation to a webhook (%s); it is sent without", e.toString());
            }
        });
        return bodies;
    }

    /**
     * A payload with {@code data.type} and {@code data.id}; its item is wanted when it is visible and of a
     * known type. Null (sent as it is) when it cannot be read, so that one bad payload spoils no other.
     */
    private Read read(String payload) {
        try {
            if (json.readTree(payload) instanceof ObjectNode root && root.get("data") instanceof ObjectNode data
                    && data.hasNonNull("type") && data.hasNonNull("id")) {
                ContentType type = ContentType.fromWireName(data.get("type").asText());
                boolean shown = type != null && data.path("visible").asBoolean(false);
                return shown ? new Read(root, type, UUID.fromString(data.get("id").asText())) : new Read(root, null, null);
            }
        } catch (Exception e) {
            LOG.warnf("Could not read a webhook payload (%s); it is sent without its representation", e.toString());
        }
        return null;
    }

    /** The delivered items, one query per type. */
    private Map<ContentType, Map<UUID, JsonNode>> find(Map<ContentType, Set<UUID>> wanted) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Map<ContentType, Map<UUID, JsonNode>> found = new EnumMap<>(ContentType.class);
                wanted.forEach((type, ids) -> found.put(type, items.find(type, ids)));
                return found;
            });
        } finally {
            if (activated) {
                request.terminate();
            }
        }
    }
}
