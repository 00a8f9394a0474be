package cn.tongpin.webhook;

import cn.tongpin.delivery.DeliveredItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    DeliveredItem items;

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
            return items.of(type, id).orElse(null);
        } finally {
            if (activated) {
                request.terminate();
            }
        }
    }
}
