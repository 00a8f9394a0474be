package cn.tongpin.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Until API keys exist, dev and test mode act as one configured editor/admin identity. In prod
 * this mechanism never authenticates anyone, so every write is refused without credentials.
 */
@ApplicationScoped
public class DevIdentityMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(DevIdentityMechanism.class);
    private final SecurityIdentity identity;

    DevIdentityMechanism(@ConfigProperty(name = "tongpin.security.dev-identity.enabled") boolean enabled) {
        boolean allowed = enabled && LaunchMode.current() != LaunchMode.NORMAL;
        if (enabled && !allowed) {
            LOG.warn("tongpin.security.dev-identity.enabled is ignored in prod: writes need credentials");
        }
        this.identity = allowed ? QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("dev-editor"))
                .addRole(Roles.EDITOR)
                .addRole(Roles.ADMIN)
                .build() : null;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return identity == null ? Uni.createFrom().optional(java.util.Optional.empty()) : Uni.createFrom().item(identity);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"tongpin\""));
    }
}
