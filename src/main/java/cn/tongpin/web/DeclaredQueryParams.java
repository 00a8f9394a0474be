package cn.tongpin.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, with a 400 naming them, the query parameters an operation does not declare. What an
 * operation declares is its {@code @QueryParam} parameters and the {@code @QueryParam} fields of its
 * {@code @BeanParam} classes: the same declarations that read the values and that the OpenAPI
 * document describes, so the document, the parsing and this check cannot disagree. An empty value
 * is refused too.
 */
public class DeclaredQueryParams {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUndeclared(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            QueryParams.allowOnly(request.getUriInfo(), DECLARED.computeIfAbsent(method, DeclaredQueryParams::declared));
            // The framework hands an empty value (?q=) to the declaration as absent; no parameter takes one.
            request.getUriInfo().getQueryParameters().forEach((name, values) -> {
                if (values.stream().anyMatch(String::isEmpty)) {
                    throw ProblemException.badParameter(Texts.abbreviate(name, 60), "must not be empty");
                }
            });
        }
    }

    /** The query parameter names a resource method declares. */
    public static Set<String> declared(Method method) {
        Set<String> names = new TreeSet<>();
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                } else if (annotation instanceof BeanParam) {
                    addBean(types[i], names);
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void addBean(Class<?> bean, Set<String> names) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                } else if (field.isAnnotationPresent(BeanParam.class)) {
                    addBean(field.getType(), names);
                }
            }
        }
    }
}
