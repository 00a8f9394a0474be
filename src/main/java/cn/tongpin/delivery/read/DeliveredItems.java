package cn.tongpin.delivery.read;

import cn.tongpin.change.ContentType;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Items as {@code GET /content/v1/<type>s/{id}} answers each (default fields, no includes, in
 * Simplified script), built by the same code: for those who hand out delivered content outside
 * the item routes (delta sync).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveredItems {

    @Inject
    Readers readers;

    /**
     * Many items of one type as the item route answers each, built together (one statement per
     * relation, as for a list page); the ones the delivery API does not show are left out.
     */
    public Map<UUID, JsonNode> find(ContentType type, Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : readers.of(type).items(ids);
    }
}
