package cn.tongpin.editing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/** Finds a management resource's service: the bean of the class its declaration names first. */
final class ServiceOfResource {

    private ServiceOfResource() {
    }

    /**
     * The service among {@code services} that is an instance of the class the resource (or a class
     * it extends, as a CDI subclass does) gives as first type argument to {@link ItemEndpoints}.
     */
    @SuppressWarnings("unchecked")
    static <S> S find(Class<?> resource, List<? extends EditingService<?, ?, ?>> services) {
        Class<?> type = serviceClass(resource);
        return (S) services.stream()
                .filter(type::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No bean of " + type.getName() + " for " + resource.getName()));
    }

    static Class<?> serviceClass(Class<?> resource) {
        for (Class<?> c = resource; c != null && c != ItemEndpoints.class; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType parent) {
                Type first = parent.getActualTypeArguments()[0];
                if (first instanceof Class<?> service && EditingService.class.isAssignableFrom(service)) {
                    return service;
                }
            }
        }
        throw new IllegalStateException(resource.getName() + " does not name its service as first type argument");
    }
}
