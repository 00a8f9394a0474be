package cn.tongpin.delivery.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever delivered content may have changed: after every write this
 * instance commits, and on every change notice PostgreSQL sends (writes of any instance).
 * A cached answer is served only while the counter still has the value it was built at.
 */
@ApplicationScoped
public class ContentGeneration {

    private final AtomicLong generation = new AtomicLong();

    public long current() {
        return generation.get();
    }

    public void bump() {
        generation.incrementAndGet();
    }
}
