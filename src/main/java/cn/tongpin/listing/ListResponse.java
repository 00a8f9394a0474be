package cn.tongpin.listing;

import java.util.List;
import java.util.function.Function;

/** A list answer: {@code {"data": [...], "meta": {...}}}. */
public record ListResponse<T>(List<T> data, ListMeta meta) {

    public <R> ListResponse<R> map(Function<T, R> mapper) {
        return new ListResponse<>(data.stream().map(mapper).toList(), meta);
    }
}
