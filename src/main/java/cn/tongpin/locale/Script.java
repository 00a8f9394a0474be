package cn.tongpin.locale;

/** The two ways Chinese is written that the delivery API answers in. */
public enum Script {
    /** Simplified, as content is written. */
    HANS("zh-Hans"),
    /** Traditional, converted phrase by phrase on the way out. */
    HANT("zh-Hant");

    private final String tag;

    Script(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag sent as Content-Language. */
    public String tag() {
        return tag;
    }
}
