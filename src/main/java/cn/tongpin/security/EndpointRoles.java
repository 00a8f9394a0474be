package cn.tongpin.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The role check of every endpoint, made after the endpoint is matched and before its body is read:
 * the caller needs one of the roles of the {@code @RolesAllowed} on the method the resource class
 * runs, or else on the resource class.
 *
 * <p>Quarkus applies a class-level {@code @RolesAllowed} only to the methods that class declares (the
 * JSR-250 rule), so the endpoints a management resource inherits from {@code editing.ItemEndpoints}
 * (get, replace, patch, delete, create) would otherwise not be checked for the resource's roles at
 * all. Here they are, by the same annotations, before anything of the request is used. Endpoints
 * without {@code @RolesAllowed} are left to {@link AccessPolicy} (which also refuses anonymous callers
 * on the management API before this runs).
 */
public class EndpointRoles {

    /** One endpoint: the resource class serving it, its method's name and parameter types. */
    record Endpoint(Class<?> resource, String method, List<Class<?>> parameters) {
    }

    private final Map<Endpoint, Set<String>> roles = new ConcurrentHashMap<>();

    @Inject
    SecurityIdentity caller;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void check(SimpleResourceInfo endpoint) {
        Set<String> allowed = roles.computeIfAbsent(
                new Endpoint(endpoint.getResourceClass(), endpoint.getMethodName(), List.of(endpoint.parameterTypes())),
                EndpointRoles::rolesOf);
        if (allowed.isEmpty() || allowed.stream().anyMatch(caller::hasRole)) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new UnauthorizedException();
        }
        throw new ForbiddenException();
    }

    /**
     * The roles of an endpoint: those on the resource class's own declaration of the method (an
     * override that narrows them), else those on the resource class; none if neither says.
     */
    static Set<String> rolesOf(Endpoint endpoint) {
        RolesAllowed onMethod = ownDeclaration(endpoint)
                .map(method -> method.getAnnotation(RolesAllowed.class))
                .orElse(null);
        RolesAllowed stated = onMethod != null ? onMethod : endpoint.resource().getAnnotation(RolesAllowed.class);
        return stated == null ? Set.of() : Set.of(stated.value());
    }

    /**
     * The method as the resource class declares it, if it does: same name and parameters, where an
     * override of a generic endpoint may take a narrower type than the erased one the endpoint names.
     */
    private static Optional<Method> ownDeclaration(Endpoint endpoint) {
        return Arrays.stream(endpoint.resource().getDeclaredMethods())
                .filter(method -> !method.isBridge() && method.getName().equals(endpoint.method()))
                .filter(method -> accepts(endpoint.parameters(), method.getParameterTypes()))
                .findFirst();
    }

    private static boolean accepts(List<Class<?>> named, Class<?>[] declared) {
        if (named.size() != declared.length) {
            return false;
        }
        for (int i = 0; i < declared.length; i++) {
            if (!named.get(i).isAssignableFrom(declared[i])) {
                return false;
            }
        }
        return true;
    }
}
