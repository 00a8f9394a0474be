package cn.tongpin.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a background job that uses the database (a {@code @Scheduled} method): none starts once the
 * application shuts down, and the shutdown waits for the one running before Hibernate and the
 * connection pool close ({@link BackgroundWorkInterceptor}). Requests are drained by Quarkus; this
 * does the same for the jobs.
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface BackgroundWork {
}
