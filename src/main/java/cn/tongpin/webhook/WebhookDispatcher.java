package cn.tongpin.webhook;

import cn.tongpin.persistence.Worker;
import cn.tongpin.web.DatabaseUnavailable;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends the deliveries of the outbox, on every instance. It claims due deliveries with
 * {@code FOR UPDATE SKIP LOCKED} and a lease (so instances never send the same row at once, and a
 * row whose instance died is taken over when the lease ends), sends them in parallel, and records
 * every attempt. Of a subscription's deliveries for one resource only the oldest pending one is
 * ever claimed, so a receiver gets each resource's events in order. It runs when woken after a
 * commit of this instance and every {@code sweep-interval} (retries, other instances' writes).
 *
 * <p>At-least-once: a delivery is marked delivered only after the receiver answered 2xx; an instance
 * that stops between the two sends it again later with the same {@code webhook-id}. On shutdown it
 * claims nothing more and waits for the requests in flight (bounded by the request timeout).
 *
 * <p>Raw JDBC, not the JPA transaction: each claim and each record of attempts is a transaction of
 * its own on a connection of its own, committed at once, while the HTTP requests run outside any
 * transaction (a JPA transaction would hold its row locks for as long as the slowest receiver).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private static final String CLAIM = "with due as (select d.id from webhook_delivery d"
            + " join webhook_subscription s on s.id = d.subscription_id and (s.enabled or d.event_type = '" + EventTypes.TEST + "')"
            + " where d.status = 'pending' and d.next_attempt_at <= now() and (d.lease_until is null or d.lease_until < now())"
            + " and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id"
            + " and e.resource_id = d.resource_id and e.status = 'pending' and e.seq < d.seq)"
            + " order by d.seq limit ? for update of d skip locked)"
            + " update webhook_delivery d set lease_until = now() + make_interval(secs => ?), leased_by = ? from due where d.id = due.id"
            + " returning d.id, d.subscription_id, d.payload, d.attempts, d.seq";
    private static final String TARGETS = "select id, url, secret_cipher, previous_secret_cipher, previous_secret_expires_at,"
            + " include_representation from webhook_subscription where id = any(?)";
    /** Nothing when the delivery was deleted meanwhile (its subscription was). */
    private static final String ATTEMPT = "insert into webhook_attempt (delivery_id, attempted_at, duration_ms, status_code, error,"
            + " response_excerpt) select id, ?, ?, ?, ?, ? from webhook_delivery where id = ?";
    private static final String DELIVERED = "update webhook_delivery set status = 'delivered', attempts = attempts + 1,"
            + " delivered_at = now(), last_status = ?, last_error = null, lease_until = null where id = ? and leased_by = ?";
    private static final String RETRY = "update webhook_delivery set attempts = attempts + 1, last_status = ?, last_error = ?,"
            + " next_attempt_at = now() + make_interval(secs => ?), lease_until = null where id = ? and leased_by = ? and status = 'pending'";
    private static final String DEAD = "update webhook_delivery set status = 'dead', attempts = attempts + 1, last_status = ?,"
            + " last_error = ?, lease_until = null where id = ? and leased_by = ?";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookSender sender;

    @Inject
    SecretBox secrets;

    @Inject
    Representations representations;

    @Inject
    WebhookFailures failures;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    private final UUID instance = UUID.randomUUID();
    private final Object signal = new Object();
    private boolean woken;
    private final Worker worker = new Worker("webhook-dispatcher");
    private volatile boolean databaseDown;
    private ExecutorService senders;
    private RetrySchedule schedule;

    void start(@Observes StartupEvent event) {
        schedule = new RetrySchedule(List.copyOf(config.retryDelays()), config.retryJitter());
        AtomicInteger count = new AtomicInteger();
        senders = Executors.newFixedThreadPool(Math.max(1, config.concurrency()), r -> {
            Thread t = new Thread(r, "webhook-sender-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        worker.start(this::round, () -> { });
    }

    /** Claims nothing more; the batch in flight is sent and recorded (at most the request timeout and a little). */
    void stop(@Observes ShutdownEvent event) {
        worker.stop(this::wake, config.requestTimeout().plusSeconds(5));
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    /**
     * Look for due deliveries once the current transaction has committed (management writes commit
     * after their resource answered, with their audit entry), or now when there is none.
     */
    public void wakeAfterCommit() {
        try {
            if (transactions.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
                transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        wake();
                    }
                });
                return;
            }
        } catch (RuntimeException e) {
            // No transaction to wait for.
        }
        wake();
    }

    /** Look for due deliveries now (a change was committed). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** One round: dispatch, then wait to be woken or for the sweep unless the batch was full. */
    private void round() {
        int claimed = 0;
        try {
            claimed = dispatchOnce();
            if (databaseDown) {
                databaseDown = false;
                LOG.info("Webhook dispatcher reaches the database again");
            }
        } catch (SQLException | RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                if (!databaseDown) {
                    databaseDown = true;
                    LOG.warnf("Webhook dispatcher cannot reach the database (%s); the deliveries wait in it", e.getMessage());
                }
            } else {
                LOG.error("Webhook dispatch failed; the deliveries stay pending and are tried again", e);
            }
        }
        if (claimed < config.batchSize()) {
            await(config.sweepInterval());
        }
    }

    private void await(Duration timeout) {
        synchronized (signal) {
            if (!woken && worker.running()) {
                try {
                    signal.wait(Math.max(1, timeout.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // ends the rounds
                }
            }
            woken = false;
        }
    }

    /** One round: claim, send, record. Returns how many deliveries were claimed. */
    int dispatchOnce() throws SQLException {
        List<Claimed> batch = claim();
        if (batch.isEmpty()) {
            return 0;
        }
        Map<UUID, Target> targets = targets(batch);
        Map<UUID, String> bodies = bodies(batch, targets);
        List<Future<Sent>> inFlight = new ArrayList<>(batch.size());
        for (Claimed delivery : batch) {
            Target target = targets.get(delivery.subscriptionId());
            if (target == null) {
                continue; // deleted a moment ago, and its deliveries with it
            }
            String body = bodies.getOrDefault(delivery.id(), delivery.payload());
            inFlight.add(senders.submit(() -> send(delivery, target, body)));
        }
        List<Sent> sent = new ArrayList<>(inFlight.size());
        long deadline = System.nanoTime() + config.requestTimeout().plusSeconds(2).toNanos();
        for (int i = 0; i < inFlight.size(); i++) {
            Future<Sent> future = inFlight.get(i);
            try {
                sent.add(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                future.cancel(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.error("Sending a webhook failed unexpectedly", e.getCause());
            }
        }
        // What was not recorded keeps its lease and is sent again when the lease ends.
        record(sent);
        return batch.size();
    }

    /** The payloads of the deliveries whose subscriptions ask for representations, with them: read for the whole batch at once. */
    private Map<UUID, String> bodies(List<Claimed> batch, Map<UUID, Target> targets) {
        Map<UUID, String> payloads = new LinkedHashMap<>();
        for (Claimed delivery : batch) {
            Target target = targets.get(delivery.subscriptionId());
            if (target != null && target.includeRepresentation()) {
                payloads.put(delivery.id(), delivery.payload());
            }
        }
        return payloads.isEmpty() ? payloads : representations.withRepresentations(payloads);
    }

    private Sent send(Claimed delivery, Target target, String body) {
        long timestamp = Instant.now().getEpochSecond();
        String id = delivery.id().toString();
        String signatures = WebhookSigner.signatures(target.secrets(), id, timestamp, body);
        Instant at = Instant.now();
        WebhookSender.Outcome outcome = sender.send(target.url(), id, timestamp, body, signatures);
        return new Sent(delivery, at, outcome);
    }

    private List<Claimed> claim() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Claimed> claimed = new ArrayList<>();
            try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
                claim.setInt(1, config.batchSize());
                claim.setDouble(2, config.lease().toMillis() / 1000.0);
                claim.setObject(3, instance);
                try (ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new Claimed((UUID) rs.getObject(1), (UUID) rs.getObject(2), rs.getString(3), rs.getInt(4), rs.getLong(5)));
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            claimed.sort((a, b) -> Long.compare(a.seq(), b.seq()));
            return claimed;
        }
    }

    private Map<UUID, Target> targets(List<Claimed> batch) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        batch.forEach(d -> ids.add(d.subscriptionId()));
        Map<UUID, Target> targets = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(TARGETS)) {
            select.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    List<String> keys = new ArrayList<>(2);
                    keys.add(secrets.open(rs.getString(3)));
                    String previous = rs.getString(4);
                    OffsetDateTime previousUntil = rs.getObject(5, OffsetDateTime.class);
                    if (previous != null && previousUntil != null && previousUntil.toInstant().isAfter(Instant.now())) {
                        keys.add(secrets.open(previous));
                    }
                    targets.put((UUID) rs.getObject(1), new Target(rs.getString(2), List.copyOf(keys), rs.getBoolean(6)));
                }
            }
        }
        return targets;
    }

    private void record(List<Sent> sent) throws SQLException {
        if (sent.isEmpty()) {
            return;
        }
        Set<UUID> succeeded = new LinkedHashSet<>();
        Set<UUID> failed = new LinkedHashSet<>();
        Set<UUID> gone = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement attempt = c.prepareStatement(ATTEMPT);
                    PreparedStatement delivered = c.prepareStatement(DELIVERED);
                    PreparedStatement retry = c.prepareStatement(RETRY);
                    PreparedStatement dead = c.prepareStatement(DEAD)) {
                for (Sent s : sent) {
                    WebhookSender.Outcome o = s.outcome();
                    attempt.setTimestamp(1, Timestamp.from(s.at()));
                    attempt.setInt(2, o.durationMs());
                    attempt.setObject(3, o.status(), java.sql.Types.INTEGER);
                    attempt.setString(4, o.error());
                    attempt.setString(5, o.excerpt());
                    attempt.setObject(6, s.delivery().id());
                    attempt.addBatch();
                    UUID subscription = s.delivery().subscriptionId();
                    if (o.delivered()) {
                        succeeded.add(subscription);
                        delivered.setObject(1, o.status(), java.sql.Types.INTEGER);
                        delivered.setObject(2, s.delivery().id());
                        delivered.setObject(3, instance);
                        delivered.addBatch();
                        continue;
                    }
                    failed.add(subscription);
                    Optional<Duration> wait = o.gone() ? Optional.empty() : schedule.after(s.delivery().attempts() + 1);
                    if (o.gone()) {
                        gone.add(subscription);
                    }
                    if (wait.isPresent()) {
                        retry.setObject(1, o.status(), java.sql.Types.INTEGER);
                        retry.setString(2, o.error());
                        retry.setDouble(3, wait.get().toMillis() / 1000.0);
                        retry.setObject(4, s.delivery().id());
                        retry.setObject(5, instance);
                        retry.addBatch();
                    } else {
                        dead.setObject(1, o.status(), java.sql.Types.INTEGER);
                        dead.setString(2, o.error());
                        dead.setObject(3, s.delivery().id());
                        dead.setObject(4, instance);
                        dead.addBatch();
                    }
                }
                attempt.executeBatch();
                delivered.executeBatch();
                retry.executeBatch();
                dead.executeBatch();
                failures.record(c, succeeded, failed, gone);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** A delivery this instance leased. */
    record Claimed(UUID id, UUID subscriptionId, String payload, int attempts, long seq) {
    }

    /** Where and how a subscription's deliveries are sent. */
    record Target(String url, List<String> secrets, boolean includeRepresentation) {
    }

    record Sent(Claimed delivery, Instant at, WebhookSender.Outcome outcome) {
    }

    static Array uuids(Connection c, Set<UUID> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.toArray());
    }
}
