package cn.tongpin.listing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Lists sorted only by when each row was made (then by id): API keys, webhook subscriptions and deliveries. */
public final class CreationOrder {

    private CreationOrder() {
    }

    /** A list of the entity, sortable by {@code createdAt} (and {@code id}). */
    public static <E> ListQuery<E> of(Class<E> entity, Function<E, UUID> id, Function<E, OffsetDateTime> createdAt) {
        return ListQuery.of(entity, id, List.of(Sortable.of("createdAt", "e.createdAt", Sortable.Type.TIMESTAMP, createdAt::apply)));
    }
}
