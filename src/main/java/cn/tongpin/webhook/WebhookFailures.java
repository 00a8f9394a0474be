package cn.tongpin.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What failures do to a subscription: a receiver that answers {@code 410 Gone} ends it at once; one
 * whose deliveries all failed for {@code disable-after} (a day) is disabled with that reason. A
 * disabled subscription's pending deliveries are dead, to be redelivered once it is enabled again.
 * It works on the dispatcher's JDBC connection, inside the transaction that records the attempts
 * (see {@link WebhookDispatcher} for why that is raw JDBC).
 */
@ApplicationScoped
public class WebhookFailures {

    static final String GONE = "The target answered 410 Gone";

    @Inject
    WebhookConfig config;

    /** Within the transaction that records the attempts. */
    void record(Connection c, Set<UUID> succeeded, Set<UUID> failed, Set<UUID> gone) throws SQLException {
        Set<UUID> stillFailing = new LinkedHashSet<>(failed);
        stillFailing.removeAll(succeeded);
        if (!stillFailing.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(
                    "update webhook_subscription set failing_since = now() where id = any(?) and failing_since is null")) {
                s.setArray(1, WebhookDispatcher.uuids(c, stillFailing));
                s.executeUpdate();
            }
        }
        if (!succeeded.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(
                    "update webhook_subscription set failing_since = null where id = any(?) and failing_since is not null")) {
                s.setArray(1, WebhookDispatcher.uuids(c, succeeded));
                s.executeUpdate();
            }
        }
        if (!gone.isEmpty()) {
            disable(c, gone, GONE);
        }
        if (!stillFailing.isEmpty()) {
            Set<UUID> tooLong = new LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("select id from webhook_subscription where id = any(?) and enabled"
                    + " and failing_since < now() - make_interval(secs => ?)")) {
                s.setArray(1, WebhookDispatcher.uuids(c, stillFailing));
                s.setDouble(2, config.disableAfter().toMillis() / 1000.0);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        tooLong.add((UUID) rs.getObject(1));
                    }
                }
            }
            if (!tooLong.isEmpty()) {
                disable(c, tooLong, "Every delivery failed for " + Durations.text(config.disableAfter()));
            }
        }
    }

    /** Disables the subscriptions with a reason; their pending deliveries die with it. */
    static void disable(Connection c, Set<UUID> subscriptions, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update webhook_subscription set enabled = false, disabled_reason = ?,"
                + " disabled_at = now(), version = version + 1 where id = any(?) and enabled")) {
            s.setString(1, reason);
            s.setArray(2, WebhookDispatcher.uuids(c, subscriptions));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("update webhook_delivery set status = 'dead', lease_until = null,"
                + " last_error = ? where subscription_id = any(?) and status = 'pending'")) {
            s.setString(1, "Subscription disabled: " + reason);
            s.setArray(2, WebhookDispatcher.uuids(c, subscriptions));
            s.executeUpdate();
        }
    }
}
