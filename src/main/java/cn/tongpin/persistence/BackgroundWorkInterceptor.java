package cn.tongpin.persistence;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jboss.logging.Logger;

/** Runs a {@link BackgroundWork} job unless the application is shutting down; outside any transaction the job opens. */
@BackgroundWork
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class BackgroundWorkInterceptor {

    @Inject
    Jobs jobs;

    @AroundInvoke
    Object run(InvocationContext invocation) throws Exception {
        if (!jobs.enter()) {
            return null; // shutting down: the next start runs it
        }
        try {
            return invocation.proceed();
        } finally {
            jobs.leave();
        }
    }

    /**
     * Jobs hold a read lock while they run; the shutdown takes the write lock, so it waits for those
     * running (up to {@link #WAIT_SECONDS}) and no new one starts.
     */
    @ApplicationScoped
    static class Jobs {

        private static final Logger LOG = Logger.getLogger(Jobs.class);
        static final int WAIT_SECONDS = 10;

        private final ReadWriteLock running = new ReentrantReadWriteLock();
        private volatile boolean stopping;

        boolean enter() {
            return !stopping && running.readLock().tryLock();
        }

        void leave() {
            running.readLock().unlock();
        }

        /** Before the beans, Hibernate and the pool stop: they go after the shutdown event's observers. */
        void stop(@Observes ShutdownEvent event) {
            stopping = true;
            try {
                if (!running.writeLock().tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warnf("A background job still runs after %d s; shutting down anyway", WAIT_SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
