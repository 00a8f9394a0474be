package cn.tongpin.listing;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A list answer: {@code {"data": [...], "meta": {...}}}. */
public record ListResponse<T>(@Schema(required = true) List<T> data, @Schema(required = true) ListMeta meta) {

    public <R> ListResponse<R> map(Function<T, R> mapper) {
        return new ListResponse<>(data.stream().map(mapper).toList(), meta);
    }
}
