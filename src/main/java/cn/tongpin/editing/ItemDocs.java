package cn.tongpin.editing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the OpenAPI document says of one resource's inherited endpoints beyond the words of
 * {@link ItemEndpoints}: its item's name where the path does not say it well, and per operation a
 * better summary or description and the statuses only this type answers. {@link ManagementDocument}
 * applies it (an override of an inherited method is not read by the OpenAPI scanner).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ItemDocs {

    /** The item's name in texts, e.g. "image"; empty: the path's last word made singular. */
    String item() default "";

    Doc[] value() default {};

    /** The words of one inherited operation. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Doc {

        /** The HTTP method: GET, POST, PUT, PATCH or DELETE. */
        String on();

        String summary() default "";

        String description() default "";

        Status[] statuses() default {};
    }

    /** A status an operation answers, e.g. 422 "Unknown parent or a cycle". */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Status {

        String code();

        String description();
    }
}
