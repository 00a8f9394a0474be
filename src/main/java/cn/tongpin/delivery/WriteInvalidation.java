package cn.tongpin.delivery;

import cn.tongpin.web.AdminApi;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * After a write through the management API has committed (services own the transactions, so it has
 * by the time the answer is written), this instance forgets its cached answers and the writer waits
 * for every other live instance to have heard the write ({@link WriteFence}) before it hears back:
 * a read that follows the write, on any instance, never sees the old content.
 */
public class WriteInvalidation {

    private static final Logger LOG = Logger.getLogger(WriteInvalidation.class);

    @Inject
    ContentGeneration generation;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DeliveryConfig config;

    @ServerResponseFilter
    public void afterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || !request.getUriInfo().getPath().startsWith(AdminApi.ROOT)) {
            return;
        }
        generation.bump();
        if (response.getStatus() >= 300) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!WriteFence.await(connection, config.writeFenceTimeout())) {
                LOG.warnf("Not every delivery instance heard this write within %s; an instance that cannot "
                        + "heartbeat stops serving from its cache", config.writeFenceTimeout());
            }
        } catch (SQLException e) {
            LOG.warn("Could not wait for the delivery instances to hear this write", e);
        }
    }
}
