package cn.tongpin.listing;

/** One key of a {@code sort} parameter: {@code -publishedAt} is descending. */
public record SortField(String name, boolean descending) {

    @Override
    public String toString() {
        return (descending ? "-" : "") + name;
    }
}
