package cn.tongpin.search;

import cn.tongpin.persistence.BaseEntity;
import java.util.Objects;
import java.util.function.Function;

/**
 * Text of another type that a {@link SearchSource} copies into its own rows' search text (a
 * topic's name into its articles'), and how to find the rows that copy it, so that a change of
 * that text re-indexes them.
 *
 * @param from the type whose text is copied
 * @param text the copied text of one item
 * @param dependents SQL selecting the ids of the source's rows that copy the text of the item {@code :id}
 */
public record CopiedText<T extends BaseEntity>(Class<T> from, Function<T, String> text, String dependents) {

    public static <T extends BaseEntity> CopiedText<T> of(Class<T> from, Function<T, String> text, String dependents) {
        return new CopiedText<>(from, text, dependents);
    }

    boolean appliesTo(BaseEntity item) {
        return from.isInstance(item);
    }

    String textOf(BaseEntity item) {
        return text.apply(from.cast(item));
    }

    boolean changed(BaseEntity item, String before) {
        return !Objects.equals(before, textOf(item));
    }
}
