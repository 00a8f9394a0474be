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
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Adds {@code data.representation} to a payload, for subscriptions that ask for it: the item as
 * the delivery API answers it when it is sent (so a retry a day later carries the current one), or
 * null when it is no longer delivered.
 */
@ApplicationScoped
public class Representations {

    private static final Logger LOG = Logger.getLogger(Representations.class);

    @Inject
    ObjectMapper json;

    @Inject
    DeliveredItems items;

    String withRepresentation(String payload) {
        try {
            ObjectNode root = (ObjectNode) json.readTree(payload);
            JsonNode data = root.get("data");
            if (!(data instanceof ObjectNode node) || !data.hasNonNull("type") || !data.hasNonNull("id")) {
                return payload;
            }
            node.set("representation", data.path("visible").asBoolean(false) ? item(data.get("type").asText(), data.get("id").asText()) : null);
            return json.writeValueAsString(root);
        } catch (Exception e) {
            LOG.warnf("Could not add the representation to a webhook (%s); it is sent without", e.toString());
            return payload;
        }
    }

    private JsonNode item(String type, String id) {
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        try {
            ContentType contentType = ContentType.fromWireName(type);
            if (contentType == null) {
                return null;
            }
            UUID key = UUID.fromString(id);
            return QuarkusTransaction.joiningExisting().call(() -> items.find(contentType, List.of(key)).get(key));
        } finally {
            if (activated) {
                request.terminate();
            }
        }
    }
}
