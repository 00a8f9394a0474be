package cn.tongpin.editing;

import java.util.UUID;

/** An answer record of the management API: what names the item in a Location, and its version for the ETag. */
public interface EditedView {

    UUID id();

    int version();
}
