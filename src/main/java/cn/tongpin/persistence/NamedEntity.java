package cn.tongpin.persistence;

import cn.tongpin.web.Ref;
import jakarta.persistence.MappedSuperclass;

/** A {@link BaseEntity} known by a name, which is how others refer to it: id, slug and name. */
@MappedSuperclass
public abstract class NamedEntity extends BaseEntity {

    public String name;

    public Ref ref() {
        return new Ref(id, slug, name);
    }
}
