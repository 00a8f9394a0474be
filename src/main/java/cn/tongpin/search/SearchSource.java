package cn.tongpin.search;

import java.util.UUID;

/** A table whose rows are searchable; each feature says what of its items is searchable. */
public interface SearchSource {

    /** The table with {@code id} and {@code search_vector}. */
    String table();

    /** Writes the search tokens of one row, in the caller's transaction. */
    void index(UUID id);
}
