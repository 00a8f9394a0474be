package cn.tongpin.client;

import cn.tongpin.persistence.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A channel or partner that calls the API with its keys. */
@Entity
@Table(name = "api_client")
public class ApiClient extends BaseEntity {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClientKind kind;

    public String contact;

    /** Requests per minute; null means the configured default. */
    @Column(name = "rate_limit_per_minute")
    public Integer rateLimitPerMinute;

    @ElementCollection
    @CollectionTable(name = "api_client_origin", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "origin", nullable = false)
    public List<String> allowedOrigins = new ArrayList<>();

    public static Optional<ApiClient> findByIdOrSlug(String idOrSlug) {
        return byIdOrSlug(ApiClient.class, idOrSlug);
    }

    public static boolean slugTaken(String slug, UUID except) {
        return count("slug = ?1 and (?2 is null or id <> ?2)", slug, except) > 0;
    }
}
