package cn.tongpin.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Claims a named demo load for this database; only one claim per name ever succeeds. */
@ApplicationScoped
public class DemoLoads {

    @Inject
    EntityManager em;

    /**
     * Must run inside the transaction that loads the content: a concurrent instance waits on the
     * row and then finds it taken, and a failed load rolls the claim back with it.
     */
    public boolean claim(String name) {
        return em.createNativeQuery("insert into demo_content_load (name, loaded_at) values (?1, now()) on conflict do nothing")
                .setParameter(1, name)
                .executeUpdate() == 1;
    }
}
