package cn.tongpin.reference;

import cn.tongpin.web.WireNames;

/** What other content can point at, named as a refusal to delete names it. */
public enum Referable {
    ORGANIZATION, PARTICIPANT, TOPIC, MEETING, IMAGE;

    /** What a refusal calls it: "organization", …, "image". */
    public String word() {
        return WireNames.lowerCase(this);
    }
}
