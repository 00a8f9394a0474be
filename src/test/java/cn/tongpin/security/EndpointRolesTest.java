package cn.tongpin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which roles an endpoint has, from the annotations of the resource class that serves it. */
class EndpointRolesTest {

    interface Input {
    }

    record NarrowInput() implements Input {
    }

    abstract static class Endpoints<I extends Input> {
        public void get(String id) {
        }

        public void replace(String id, I input) {
        }

        public void delete(String id) {
        }
    }

    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    static class Narrowing extends Endpoints<NarrowInput> {
        public void list() {
        }

        @Override
        @RolesAllowed(Roles.ADMIN)
        public void replace(String id, NarrowInput input) {
        }

        @Override
        public void delete(String id) {
        }
    }

    @PermitAll
    static class Open extends Endpoints<NarrowInput> {
    }

    @RolesAllowed({})
    static class NoRole extends Endpoints<NarrowInput> {
    }

    @RolesAllowed("**")
    static class AnyKey extends Endpoints<NarrowInput> {
    }

    static class Undeclared extends Endpoints<NarrowInput> {
        public void list() {
        }
    }

    private static EndpointRoles.Access access(Class<?> resource, String method, Class<?>... parameters) {
        return EndpointRoles.accessOf(new EndpointRoles.Endpoint(resource, method, List.of(parameters)));
    }

    private static Set<String> roles(Class<?> resource, String method, Class<?>... parameters) {
        EndpointRoles.Access access = access(resource, method, parameters);
        assertTrue(access.declared(), resource.getSimpleName() + "." + method);
        return access.roles();
    }

    @Test
    void anInheritedEndpointShouldHaveTheResourceClassRoles() {
        assertEquals(Set.of(Roles.EDITOR, Roles.ADMIN), roles(Narrowing.class, "get", String.class));
    }

    @Test
    void aDeclaredEndpointShouldHaveTheResourceClassRoles() {
        assertEquals(Set.of(Roles.EDITOR, Roles.ADMIN), roles(Narrowing.class, "list"));
        assertEquals(Set.of(Roles.EDITOR, Roles.ADMIN), roles(Narrowing.class, "delete", String.class));
    }

    /** The endpoint names the erased parameter (Input); the override takes the narrower record. */
    @Test
    void anOverrideOfAGenericEndpointShouldNarrowTheRoles() {
        assertEquals(Set.of(Roles.ADMIN), roles(Narrowing.class, "replace", String.class, Input.class));
    }

    @Test
    void aPermitAllResourceShouldLetAnyoneThrough() {
        assertEquals(EndpointRoles.Access.ANYONE, access(Open.class, "get", String.class));
    }

    /** A resource that states no access is closed, for its own endpoints and those it inherits. */
    @Test
    void aResourceThatSaysNothingShouldBeClosed() {
        assertFalse(access(Undeclared.class, "list").declared());
        assertFalse(access(Undeclared.class, "get", String.class).declared());
    }

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    private static SecurityIdentity holder(String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("key")).addRole(role).build();
    }

    @Test
    void theRolesShouldDecideWhoPasses() {
        EndpointRoles.Access narrowed = access(Narrowing.class, "replace", String.class, Input.class);
        assertTrue(narrowed.allows(holder(Roles.ADMIN)));
        assertFalse(narrowed.allows(holder(Roles.EDITOR)));
        assertFalse(narrowed.allows(ANONYMOUS));
        assertTrue(access(Open.class, "get", String.class).allows(ANONYMOUS));
    }

    /** JSR-250: an empty @RolesAllowed lets nobody through, not everybody. */
    @Test
    void anEmptyRolesAllowedShouldLetNobodyThrough() {
        EndpointRoles.Access none = access(NoRole.class, "get", String.class);
        assertTrue(none.declared());
        assertFalse(none.allows(holder(Roles.ADMIN)));
        assertFalse(none.allows(ANONYMOUS));
    }

    @Test
    void doubleStarShouldLetAnyAuthenticatedCallerThrough() {
        EndpointRoles.Access any = access(AnyKey.class, "get", String.class);
        assertTrue(any.allows(holder(Roles.CONTENT)));
        assertFalse(any.allows(ANONYMOUS));
    }

    @Test
    void anUndeclaredResourceShouldLetNobodyThrough() {
        assertFalse(access(Undeclared.class, "get", String.class).allows(holder(Roles.ADMIN)));
    }
}
