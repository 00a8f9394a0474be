package cn.tongpin.topic;

import cn.tongpin.persistence.NamedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/** A tag such as 党建 or 招商引资 that content is filed under. */
@Entity
@Table(name = "topic")
public class Topic extends NamedEntity {

    public String description;

    public static Optional<Topic> findByIdOrSlug(String idOrSlug) {
        return byIdOrSlug(Topic.class, idOrSlug);
    }
}
