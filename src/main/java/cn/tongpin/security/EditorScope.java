package cn.tongpin.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The organizations the caller may write content for. An identity carrying the attribute
 * {@link #ORGANIZATIONS} (a {@code Set<UUID>}) is limited to them; admins and identities without it
 * are not limited.
 */
@RequestScoped
public class EditorScope {

    /** Identity attribute: the organization ids an editor key is limited to. */
    public static final String ORGANIZATIONS = "tongpin.organizations";

    @Inject
    SecurityIdentity identity;

    /** Empty when unrestricted; otherwise the organization ids the caller may write for. */
    @SuppressWarnings("unchecked")
    public Optional<Set<UUID>> restriction() {
        if (identity == null || identity.isAnonymous() || identity.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        Object value = identity.getAttribute(ORGANIZATIONS);
        return value instanceof Set<?> set ? Optional.of((Set<UUID>) set) : Optional.empty();
    }

    /** Refuses (403) unless the caller may write for at least one of the organizations. */
    public void checkCanWrite(Collection<UUID> organizationIds) {
        Optional<Set<UUID>> allowed = restriction();
        if (allowed.isEmpty()) {
            return;
        }
        if (organizationIds == null || organizationIds.stream().noneMatch(allowed.get()::contains)) {
            throw new ForbiddenException("Outside the organizations of this key");
        }
    }

    public boolean isAdmin() {
        return identity != null && identity.hasRole(Roles.ADMIN);
    }
}
