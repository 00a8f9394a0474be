package cn.tongpin.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Claims a named demo load for this database; only one claim per name ever succeeds. */
@ApplicationScoped
public class DemoLoads {

    @Inject
    EntityManager em;

    /**
     * Runs a load in its own transaction unless this database already had it: the claim and the
     * content commit together, so a failed load leaves no claim behind and the next start retries.
     *
     * @return true when the content was loaded now
     */
    @ActivateRequestContext
    public boolean once(String name, Runnable load) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!claim(name)) {
                return false;
            }
            load.run();
            return true;
        });
    }

    /**
     * Must run inside the transaction that loads the content: a concurrent instance waits on the
     * row and then finds it taken, and a failed load rolls the claim back with it.
     */
    boolean claim(String name) {
        return em.createNativeQuery("insert into demo_content_load (name, loaded_at) values (?1, now()) on conflict do nothing")
                .setParameter(1, name)
                .executeUpdate() == 1;
    }
}
