package cn.tongpin.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import java.lang.reflect.AnnotatedElement;
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
 * runs, or else on the resource class; {@code @PermitAll} there lets anyone through (what they may
 * read is then {@link AccessPolicy}'s decision, taken before). An endpoint whose resource says neither
 * is refused to everyone: a resource added without stating who may use it stays closed.
 *
 * <p>Quarkus applies a class-level {@code @RolesAllowed} only to the methods that class declares (the
 * JSR-250 rule), so the endpoints a management resource inherits from {@code editing.ItemEndpoints}
 * (get, replace, patch, delete, create) would otherwise not be checked for the resource's roles at
 * all, and its own deny-unannotated setting would refuse them. Here they are checked by the same
 * annotations, before anything of the request is used.
 */
public class EndpointRoles {

    /** One endpoint: the resource class serving it, its method's name and parameter types. */
    record Endpoint(Class<?> resource, String method, List<Class<?>> parameters) {
    }

    /**
     * Who may use an endpoint: anyone ({@code @PermitAll}), the holders of one of {@code roles}
     * ({@code @RolesAllowed}; {@code **} is any authenticated caller, and no role at all is nobody, as
     * JSR-250 says), or, when the resource states neither, nobody. Role names are taken literally.
     */
    record Access(boolean declared, boolean anyone, Set<String> roles) {

        static final String AUTHENTICATED = "**";
        static final Access ANYONE = new Access(true, true, Set.of());
        static final Access NOBODY = new Access(false, false, Set.of());

        static Access of(RolesAllowed roles) {
            return new Access(true, false, Set.copyOf(List.of(roles.value())));
        }

        boolean allows(SecurityIdentity caller) {
            return anyone || roles.stream().anyMatch(role -> role.equals(AUTHENTICATED) ? !caller.isAnonymous() : caller.hasRole(role));
        }
    }

    private final Map<Endpoint, Access> access = new ConcurrentHashMap<>();

    @Inject
    SecurityIdentity caller;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void check(SimpleResourceInfo endpoint) {
        Access allowed = access.computeIfAbsent(
                new Endpoint(endpoint.getResourceClass(), endpoint.getMethodName(), List.of(endpoint.parameterTypes())),
                EndpointRoles::accessOf);
        if (allowed.allows(caller)) {
            return;
        }
        if (allowed.declared() && caller.isAnonymous()) {
            throw new UnauthorizedException();
        }
        throw new ForbiddenException();
    }

    /**
     * Who may use an endpoint: as the resource class's own declaration of the method says (an
     * override that narrows its roles), else as the resource class says; nobody if neither says.
     */
    static Access accessOf(Endpoint endpoint) {
        Optional<Method> own = ownDeclaration(endpoint);
        Access onMethod = own.map(EndpointRoles::stated).orElse(Access.NOBODY);
        return onMethod.declared() ? onMethod : stated(endpoint.resource());
    }

    private static Access stated(AnnotatedElement element) {
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return Access.of(roles);
        }
        return element.isAnnotationPresent(PermitAll.class) ? Access.ANYONE : Access.NOBODY;
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
