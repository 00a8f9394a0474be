package cn.tongpin.editing;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A request record with a slug, and the text a slug is made from when it has none. */
public interface EditableInput {

    String slug();

    @JsonIgnore
    String slugSource();
}
