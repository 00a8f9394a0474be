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

/** A channel or partner that calls the API with its keys. */
@Entity
@Table(name = "api_client")
public class ApiClient extends BaseEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public ClientKind kind;

    public String contact;

    /** Requests per minute; null means the configured default. */
    public Integer rateLimitPerMinute;

    @ElementCollection
    @CollectionTable(name = "api_client_origin", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "origin")
    public List<String> allowedOrigins = new ArrayList<>();
}
